/// `ladder batches`.
public enum BatchesText {
    public static func render(_ batches: [ImportBatch], format: OutputFormat) -> String {
        let counts: [(String, BatchText)] = [("rows", .columnRows), ("new_enterprises", .columnNewFirms),
                                             ("updated_enterprises", .columnUpdatedFirms), ("new_events", .columnNewEvents),
                                             ("new_facts", .columnNewFacts), ("unchanged", .columnUnchanged),
                                             ("rejected", .columnRejected)]
        var table = Tabular(title: BatchText.title.text(), columns: [
            .init("batch", BatchText.columnBatch.text(), alignment: .right), .init("file", BatchText.columnFile.text()),
            .init("size_bytes", BatchText.columnBytes.text(), alignment: .right),
            Tabular.Column("kind", BatchText.columnKind.text()).labelled(BatchText.kinds),
            .init("encoding", BatchText.columnEncoding.text()), .init("sha256"),
            .init("operator", BatchText.columnOperator.text()), .init("started_at", BatchText.columnStarted.text()),
        ] + counts.map { .init($0.0, $0.1.text(), alignment: .right) } + [
            .init("voided_at", BatchText.columnVoided.text()), .init("title", BatchText.columnTitle.text()),
        ])
        for b in batches {
            table.append([.int(Int(b.id)), .text(b.fileName), .int(Int(b.sizeBytes)), .text(b.kind), .text(b.encoding),
                          .text(format == .table ? String(b.sha256.prefix(12)) : b.sha256), .text(b.operatorName),
                          .text(format == .table ? BeijingTime.stamp(b.startedAt) : b.startedAt.iso), .int(b.rows),
                          .int(b.newEnterprises), .int(b.updatedEnterprises), .int(b.newEvents), .int(b.newFacts), .int(b.unchanged), .int(b.rejected),
                          b.voidedAt.map { .text(format == .table ? BeijingTime.stamp($0) : $0.iso) } ?? .null,
                          b.title.map { .text($0) } ?? .null])
        }
        return table.render(format)
    }
}
