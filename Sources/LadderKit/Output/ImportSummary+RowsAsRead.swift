extension ImportSummary {
    /// Each row as read, its number and outcome first, its cells lined up under each other as on the
    /// page; a row of one cell (a title, a total) is printed whole rather than widening a column.
    static func rowsAsReadLines(_ rows: [RowAsRead]) -> [String] {
        guard !rows.isEmpty else { return [] }
        let columns = rows.filter { $0.cells.count > 1 }.map(\.cells.count).max() ?? 1
        var cells = TextTable(headers: Array(repeating: "", count: columns))
        cells.showsHeader = false
        for row in rows where row.cells.count > 1 { cells.append(row.cells) }
        var aligned = cells.rows.isEmpty ? []
            : cells.render().split(separator: "\n", omittingEmptySubsequences: false)[...]
        var table = TextTable(headers: ["row", "outcome", "cells as read"], alignments: [.right, .left, .left])
        for row in rows {
            let text = row.cells.count > 1 ? String(aligned.popFirst() ?? "") : row.cells.first ?? ""
            table.append([String(row.number), label(row.outcome), text])
        }
        return ["rows as read (compare them with the PDF before importing it without --dry-run):", table.render()]
    }

    private static func label(_ outcome: RowAsRead.Outcome) -> String {
        switch outcome {
        case .header: return "header"
        case .accepted: return "ok"
        case .unchanged: return "unchanged"
        case .rejected: return "rejected"
        }
    }
}
