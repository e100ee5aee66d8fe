extension RowParser {
    /// Reads one row's fields through the column map, normalising text and collecting issues.
    struct Cursor {
        let parser: RowParser
        let sheetRow: SheetRow
        var errors: [ImportIssue] = []
        var warnings: [ImportIssue] = []
        private var failedFields: Set<ImportField> = []
        /// A 科小 number without an admission day was dated 1 January of its year.
        var assumedJanuaryFirst = false
        /// Annual figures were given but no year: they are not stored.
        var factsWithoutYear = false
        /// A cancellation gave a 取消年度 but no day: dated 1 January (or the start in that year).
        var cancelledFromYear = false

        init(parser: RowParser, sheetRow: SheetRow) {
            self.parser = parser
            self.sheetRow = sheetRow
        }

        func has(_ field: ImportField) -> Bool { parser.columnByOrdinal[field.ordinal] != nil }
        func hasError(_ field: ImportField) -> Bool { failedFields.contains(field) }

        func header(_ field: ImportField) -> String? {
            parser.columnByOrdinal[field.ordinal].map { parser.headers[$0] }
        }

        func cell(_ field: ImportField) -> CellValue {
            guard let index = parser.columnByOrdinal[field.ordinal] else { return .empty }
            return sheetRow.cell(at: index)
        }

        /// The normalised text of a field, nil when the column is missing or the cell empty.
        func text(_ field: ImportField) -> String? {
            guard let index = parser.columnByOrdinal[field.ordinal] else { return nil }
            let text = sheetRow.text(at: index)
            return text.isEmpty ? nil : text
        }

        /// A day field; an unreadable value rejects the row.
        mutating func day(_ field: ImportField) -> Day? {
            // A CSV cell written as a plain day (2023-05-06, 20230506) is read from its bytes.
            if let index = parser.columnByOrdinal[field.ordinal],
               let day = sheetRow.withTextBytes(at: index, DayParser.plainDay(bytes:)) {
                return day
            }
            guard let text = text(field) else { return nil }
            // A CSV cell is its text: not made a second time to be told it is no workbook date.
            switch ValueParser.day(sheetRow.hasTypedCells ? cell(field) : .text(text), text: text, serials: true) {
            case let .success((day, fromSerial)):
                if fromSerial, parser.isCSV {
                    warn(field, text, ImportProblemText.serialDay.text(["value": text, "day": day.iso]))
                }
                return day
            case let .failure(problem):
                reject(field, text, problem.message(value: text))
                return nil
            }
        }

        mutating func year(_ field: ImportField) -> Int? {
            guard let text = text(field) else { return nil }
            switch ValueParser.year(text) {
            case let .success(year): return year
            case let .failure(problem):
                reject(field, text, problem.message(value: text))
                return nil
            }
        }

        /// `message` is read again in English for the problem's kind (`ImportIssue(saying:)`).
        mutating func reject(_ field: ImportField, _ value: String, _ message: @autoclosure () -> String) {
            failedFields.insert(field)
            reject(column: header(field) ?? field.rawValue, value: value, message())
        }

        mutating func reject(column: String, value: String, _ message: @autoclosure () -> String) {
            errors.append(ImportIssue(row: sheetRow.number, column: column, value: value, saying: message))
        }

        mutating func warn(_ field: ImportField, _ value: String, _ message: @autoclosure () -> String) {
            warnings.append(ImportIssue(row: sheetRow.number, column: header(field) ?? field.rawValue, value: value,
                                        severity: .warning, saying: message))
        }
    }
}
