/// `ladder log`.
public enum LogText {
    public static func render(_ entries: [LogEntry], format: OutputFormat) -> String {
        var table = Tabular(title: "log (oldest first)", columns: [
            .init("at", "recorded (UTC)"), .init("operator"), .init("record"), .init("credit_code", "统一社会信用代码"),
            .init("what"), .init("source"),
        ])
        for e in entries {
            table.append([.text(format == .table ? String(e.at.iso.prefix(19)) : e.at.iso), .text(e.operatorName),
                          .text(e.record.rawValue), e.creditCode.map { .text($0) } ?? .null, .text(e.what), .text(e.source)])
        }
        table.footer = ["\(entries.count) record(s)"]
        return table.render(format)
    }
}
