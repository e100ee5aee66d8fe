extension XLSXWriter {
    /// A writer holding a read command's result, so `--format xlsx` can sit beside csv and
    /// json. Headers are the people-facing ones. A column's kind follows its values: all
    /// integers → `.integer`; numbers with a decimal → `.decimal` (widest digits); text under
    /// a `_on` key that is all ISO days → `.date`; anything else → `.text`, so codes stay text.
    /// The title names the sheet; the dates line is not written (the sheet holds only the
    /// header and rows, so the filter and frozen pane work).
    public convenience init(_ table: Tabular) throws {
        let kinds = table.columns.indices.map { Self.kind(of: table, column: $0) }
        let columns = zip(table.columns, kinds).map { column, kind in
            Column(header: column.header, kind: kind.kind, decimalPlaces: kind.places)
        }
        try self.init(columns: columns, sheetName: table.title ?? "Sheet1")
        for row in table.rows {
            try append(row: zip(row, kinds).map { value, kind in Self.cell(value, kind: kind.kind) })
        }
    }

    static func kind(of table: Tabular, column: Int) -> (kind: Column.Kind, places: Int) {
        let values = table.rows.compactMap { column < $0.count ? $0[column] : nil }.filter { $0 != .null }
        guard !values.isEmpty else { return (.text, 0) }
        var places: Int?
        var allNumbers = true, allDays = table.columns[column].key.hasSuffix("_on")
        for value in values {
            switch value {
            case .int:
                allDays = false
            case let .decimal(_, digits):
                allDays = false
                places = max(places ?? 0, digits)
            case let .text(text):
                allNumbers = false
                if Day(iso: text) == nil { allDays = false }
            case .null:
                break
            }
        }
        if allDays { return (.date, 0) }
        guard allNumbers else { return (.text, 0) }
        return places.map { (.decimal, $0) } ?? (.integer, 0)
    }

    static func cell(_ value: Tabular.Value, kind: Column.Kind) -> Cell {
        switch value {
        case let .text(text): return kind == .date ? Day(iso: text).map(Cell.date) ?? .text(text) : .text(text)
        case let .int(number): return .integer(number)
        case let .decimal(number, _): return .decimal(number)
        case .null: return .empty
        }
    }
}
