/// `ladder batches`.
public enum BatchesText {
    public static func render(_ batches: [ImportBatch], format: OutputFormat) -> String {
        var table = Tabular(title: "import batches", columns: [
            .init("batch", alignment: .right), .init("file"), .init("size_bytes", "bytes", alignment: .right), .init("kind"),
            .init("encoding"), .init("sha256"),
            .init("operator"), .init("started_at", "started (UTC)"), .init("rows", alignment: .right),
            .init("new_enterprises", "new firms", alignment: .right),
            .init("updated_enterprises", "updated firms", alignment: .right), .init("new_events", "new events", alignment: .right),
            .init("new_facts", "new facts", alignment: .right), .init("unchanged", alignment: .right),
            .init("rejected", alignment: .right), .init("voided_at", "voided"), .init("title"),
        ])
        for b in batches {
            table.append([.int(Int(b.id)), .text(b.fileName), .int(Int(b.sizeBytes)), .text(b.kind), .text(b.encoding),
                          .text(format == .table ? String(b.sha256.prefix(12)) : b.sha256), .text(b.operatorName),
                          .text(format == .table ? String(b.startedAt.iso.prefix(19)) : b.startedAt.iso), .int(b.rows),
                          .int(b.newEnterprises), .int(b.updatedEnterprises), .int(b.newEvents), .int(b.newFacts), .int(b.unchanged), .int(b.rejected),
                          b.voidedAt.map { .text(format == .table ? String($0.iso.prefix(19)) : $0.iso) } ?? .null,
                          b.title.map { .text($0) } ?? .null])
        }
        return table.render(format)
    }
}
