/// `ladder log`. The `from` column is the client address of a write sent through `ladder serve`;
/// a table says "this machine" (本机) for a `ladder` command run where the registry lives (JSON and
/// CSV leave it null/empty: there is no address).
public enum LogText {
    public static func render(_ entries: [LogEntry], format: OutputFormat) -> String {
        var table = Tabular(title: RecordText.title.text(), columns: [
            .init("at", RecordText.columnAt.text()), .init("operator", RecordText.columnOperator.text()),
            .init("client", RecordText.columnClient.text()),
            Tabular.Column("record", RecordText.columnRecord.text()).labelled(RecordText.records),
            .init("credit_code", "统一社会信用代码"), .init("what", RecordText.columnWhat.text()),
            .init("source", RecordText.columnSource.text()),
        ])
        for e in entries {
            table.append([.text(format == .table ? BeijingTime.stamp(e.at) : e.at.iso), .text(e.operatorName),
                          e.clientAddress.map { .text($0) } ?? (format == .table ? .text(RecordText.thisMachine.text()) : .null),
                          .text(e.record.rawValue), e.creditCode.map { .text($0) } ?? .null,
                          .text(format == .table ? e.phrases.what.text() : e.what),
                          .text(format == .table ? e.phrases.source.text() : e.source)])
        }
        table.footer = [RecordText.count.text(["count": entries.count])]
        return table.render(format)
    }
}
