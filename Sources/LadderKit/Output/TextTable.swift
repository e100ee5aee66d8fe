/// A plain-text table aligned by display width, so Chinese names line up with ASCII columns.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []
    /// False for a key–value block printed without header and rule.
    public var showsHeader = true

    public init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? Array(repeating: .left, count: headers.count)
    }

    public mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as lines joined by newlines, two spaces between columns, a rule under the header.
    public func render() -> String {
        let cells = ((showsHeader ? [headers] : []) + rows).map { $0.map(TerminalText.sanitize) }
        var widths = Array(repeating: 0, count: headers.count)
        for row in cells {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], DisplayWidth.of(cell))
            }
        }
        var lines: [String] = []
        for (index, row) in cells.enumerated() {
            lines.append(line(row, widths: widths))
            if index == 0, showsHeader { lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n")
    }

    private func line(_ row: [String], widths: [Int]) -> String {
        var parts: [String] = []
        for (i, width) in widths.enumerated() {
            let cell = i < row.count ? row[i] : ""
            let pad = String(repeating: " ", count: width - DisplayWidth.of(cell))
            let isLast = i == widths.count - 1
            switch alignments[i] {
            case .left: parts.append(isLast ? cell : cell + pad)
            case .right: parts.append(pad + cell)
            }
        }
        let joined = parts.joined(separator: "  ")
        guard joined.last == " " else { return joined }
        return String(joined[..<(joined.lastIndex(where: { $0 != " " }).map(joined.index(after:)) ?? joined.startIndex)])
    }
}
