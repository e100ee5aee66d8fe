/// `ladder log`. The `from` column is the client address of a write sent through `ladder serve`;
/// a table says "this machine" for a `ladder` command run where the registry lives (JSON and CSV
/// leave it null/empty: there is no address).
public enum LogText {
    static let thisMachine = "this machine"

    public static func render(_ entries: [LogEntry], format: OutputFormat) -> String {
        var table = Tabular(title: "log (oldest first)", columns: [
            .init("at", "recorded (UTC)"), .init("operator"), .init("client", "from"), .init("record"), .init("credit_code", "统一社会信用代码"),
            .init("what"), .init("source"),
        ])
        for e in entries {
            table.append([.text(format == .table ? String(e.at.iso.prefix(19)) : e.at.iso), .text(e.operatorName),
                          e.clientAddress.map { .text($0) } ?? (format == .table ? .text(thisMachine) : .null),
                          .text(e.record.rawValue), e.creditCode.map { .text($0) } ?? .null, .text(e.what), .text(e.source)])
        }
        table.footer = ["\(entries.count) record(s)"]
        return table.render(format)
    }
}
