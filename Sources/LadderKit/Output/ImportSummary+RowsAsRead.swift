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
        var table = TextTable(headers: [ImportText.columnRow.text(), ImportText.columnOutcome.text(), ImportText.columnCells.text()],
                              alignments: [.right, .left, .left])
        for row in rows {
            let text = row.cells.count > 1 ? String(aligned.popFirst() ?? "") : row.cells.first ?? ""
            table.append([String(row.number), label(row.outcome), text])
        }
        return [ImportText.rowsAsReadTitle.text(), table.render()]
    }

    private static func label(_ outcome: RowAsRead.Outcome) -> String {
        switch outcome {
        case .header: return ImportText.outcomeHeader.text()
        case .accepted: return ImportText.outcomeOK.text()
        case .unchanged: return ImportText.outcomeUnchanged.text()
        case .rejected: return ImportText.outcomeRejected.text()
        }
    }
}
