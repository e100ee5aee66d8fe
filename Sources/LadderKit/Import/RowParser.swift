import Foundation

/// Turns one row's cells into a `ParsedRow`, or the issues that reject it. Knows the columns,
/// the kind and the options; never touches the registry.
final class RowParser: Sendable {
    let columns: HeaderMatcher.Result
    let headers: [String]
    let kind: ImportKind
    let options: ImportOptions
    /// The import's day in China: the default day for renames and relocations found in a roster.
    let today: Day
    let fileName: String
    /// Set when a date column held an Excel serial: CSV files only get that with a warning.
    let isCSV: Bool
    /// Field → column index, and the annual-figure columns with their kind: looked up for every
    /// cell of every row, so computed once here.
    let columnOf: [ImportField: Int]
    /// The same, indexed by `ImportField.ordinal`: read for every cell of every row.
    let columnByOrdinal: [Int?]
    let factColumns: [HeaderMatcher.Column]
    /// How each of `factColumns` is read, in the same order.
    let factPlan: [FactColumn]
    /// Where the combined 重大事故 fact goes among a row's facts (`FactColumn.rank`).
    let accidentRank: Int
    /// Per column: true for the 年度 and fact columns of a file with facts, left out of a row's
    /// firm fingerprint (the rows of one firm for several years differ only there).
    private let yearlyColumn: [Bool]
    private let hasYearlyColumns: Bool
    /// A rejects file's own columns (原行号, 问题列, 问题说明), when the file is one.
    let earlierRowColumn: Int?
    let earlierColumnColumn: Int?
    let earlierReasonColumn: Int?
    /// The mapped columns whose cells are checked for their shape (length, line breaks).
    let shapedColumns: [(index: Int, shape: CellShape)]
    /// The same shapes' lengths by column index (`Int.max` for a column with none), for the
    /// check by lengths alone asked of nearly every row (`SheetRow.mayNotFit(any:lengths:)`).
    let shapedLengths: [Int]
    /// What besides a row's cells decides what it records (the kind, the options, the columns'
    /// meanings): where every row's fingerprint starts.
    private let salted: FNV1a

    init(columns: HeaderMatcher.Result, headers: [String], kind: ImportKind, options: ImportOptions, today: Day,
         fileName: String, isCSV: Bool) {
        self.columns = columns
        self.headers = headers
        self.kind = kind
        self.options = options
        self.today = today
        self.fileName = fileName
        self.isCSV = isCSV
        columnOf = Dictionary(columns.columns.map { ($0.field, $0.index) }, uniquingKeysWith: { a, _ in a })
        var byOrdinal = [Int?](repeating: nil, count: ImportField.allCases.count)
        for (field, index) in columnOf { byOrdinal[field.ordinal] = index }
        columnByOrdinal = byOrdinal
        earlierRowColumn = columns.rejectInfo["原行号"]
        earlierColumnColumn = columns.rejectInfo["问题列"]
        earlierReasonColumn = columns.rejectInfo["问题说明"]
        shapedColumns = columns.columns.map { ($0.index, CellShape(of: $0.field)) }
        var lengths = [Int](repeating: .max, count: (shapedColumns.map(\.index).max() ?? -1) + 1)
        for (index, shape) in shapedColumns { lengths[index] = min(lengths[index], shape.maxCharacters) }
        shapedLengths = lengths
        factColumns = columns.columns.filter { ImportField.factFields.contains($0.field) }
        factPlan = FactColumn.plan(factColumns)
        accidentRank = FactColumn.accidentRank(factPlan)
        var yearly = [Bool](repeating: false, count: headers.count)
        // Without a year the facts are not stored: every cell is the firm's, as in any other file.
        if !factColumns.isEmpty, columnOf[.year] != nil || options.year != nil {
            for column in factColumns where column.index < yearly.count { yearly[column.index] = true }
            if let year = columnOf[.year], year < yearly.count { yearly[year] = true }
        }
        yearlyColumn = yearly
        hasYearlyColumns = yearly.contains(true)
        var salt = FNV1a()
        salt.add(kind.rawValue)
        salt.add(options.year.map(String.init))
        salt.add(options.effective)
        salt.add(options.tier?.rawValue)
        salt.add(options.category?.rawValue)
        for column in columns.columns { salt.add(column.index); salt.add(column.field.rawValue); salt.add(column.unit.map { "\($0)" }) }
        var salted = FNV1a()
        salted.add(salt.value)
        self.salted = salted
    }

    /// What one row yields: the parsed values, the issues that reject it, warnings that do not.
    struct Outcome {
        var row: ParsedRow
        var errors: [ImportIssue] = []
        var warnings: [ImportIssue] = []
        var assumedJanuaryFirst = false
        var factsWithoutYear = false
        var cancelledFromYear = false
        /// A rejects file's row rejected again only because its 问题说明 still holds the earlier
        /// reason: the new rejects file keeps that reason.
        var keepsEarlierReason = false
    }

    /// A fingerprint of the row as written (its cells' raw text) and of everything else that decides
    /// what it records. The same fingerprint means the same records, so a row imported again is
    /// known unchanged without parsing it.
    func rawKey(_ row: SheetRow) -> Int64 {
        var hasher = salted
        row.addCells(to: &hasher, skipping: nil)
        return Int64(bitPattern: hasher.value)
    }

    /// `rawKey` of each of `rows` into `keys`. Four CSV records are hashed in one loop
    /// (`FNV1a.add(bytes:to:)`); other rows, and fewer, one by one.
    func rawKeys(_ rows: [SheetRow], into keys: inout [Int64]) {
        keys.removeAll(keepingCapacity: true)
        guard rows.count == 4, let a = rows[0].fingerprintBytes, let b = rows[1].fingerprintBytes,
              let c = rows[2].fingerprintBytes, let d = rows[3].fingerprintBytes else {
            for row in rows { keys.append(rawKey(row)) }
            return
        }
        var hashers = (salted, salted, salted, salted)
        a.withCells { a, _ in
            b.withCells { b, _ in
                c.withCells { c, _ in
                    d.withCells { d, _ in FNV1a.add(bytes: (a, b, c, d), to: &hashers) }
                }
            }
        }
        keys.append(Int64(bitPattern: hashers.0.value))
        keys.append(Int64(bitPattern: hashers.1.value))
        keys.append(Int64(bitPattern: hashers.2.value))
        keys.append(Int64(bitPattern: hashers.3.value))
    }

    /// The same fingerprint without the 年度 and fact cells: what the rows of one firm for several
    /// years must share. The whole row's (`rawKey`, already made) when the file stores no facts
    /// (a list's 入选年度 is the firm's).
    func rawFirmKey(_ row: SheetRow, rawKey: Int64) -> Int64 {
        guard hasYearlyColumns else { return rawKey }
        var hasher = salted
        row.addCells(to: &hasher, skipping: yearlyColumn)
        return Int64(bitPattern: hasher.value)
    }

    /// The year a row's facts belong to, read without parsing the rest of the row; nil when the
    /// file has no facts or the year is missing or unreadable (parsing says why).
    func factYear(of row: SheetRow) -> Int? {
        guard !factColumns.isEmpty else { return nil }
        guard let index = columnByOrdinal[ImportField.year.ordinal] else { return options.year }
        guard index < row.cellCount, case let .success(year) = ValueParser.year(row.text(at: index)) else {
            return nil
        }
        return year
    }

    /// The row's credit code when it is a clean one, read without parsing the rest of the row.
    func code(of row: SheetRow) -> CreditCode? {
        guard let index = columnByOrdinal[ImportField.creditCode.ordinal], index < row.cellCount else { return nil }
        // A CSV cell holding a clean valid code, the usual one, is checked on its bytes: its text is
        // those bytes, ASCII from the code's alphabet, so not validated again.
        if let code = row.withTextBytes(at: index, { bytes in
            CreditCode.isValid(bytes) ? CreditCode(trusted: String(validUTF8: bytes, isASCII: true)) : nil
        }) {
            return code
        }
        return try? CreditCode(row.text(at: index))
    }

    /// `code`: the row's clean code as `code(of:)` read it, when already read (not checked twice).
    func parse(_ sheetRow: SheetRow, code: CreditCode? = nil) -> Outcome {
        // One outcome, filled in place and returned: a row built apart and handed to
        // `Outcome(row:)` was copied whole (its every String retained, then released), and
        // swapping it in cost a second, empty row made and destroyed for every row.
        var outcome = Outcome(row: ParsedRow(changeDay: options.effective ?? today))
        fill(&outcome, from: sheetRow, code: code)
        return outcome
    }

    private func fill(_ outcome: inout Outcome, from sheetRow: SheetRow, code: CreditCode?) {
        var cursor = Cursor(parser: self, sheetRow: sheetRow)
        // Swapped, not copied, on every way out: the cursor ends with the row.
        defer { swap(&outcome.errors, &cursor.errors) }
        if sheetRow.hadInvalidBytes {
            cursor.reject(column: "", value: "", ImportProblemText.invalidBytes.text())
        }
        if sheetRow.isBlank {
            cursor.reject(column: "", value: "", ImportProblemText.blankRow.text())
            return
        }
        if case let .unclosedQuote(column) = sheetRow.damage {
            let text = sheetRow.text(at: column)
            cursor.reject(column: column < headers.count ? headers[column] : ImportProblemText.columnNumber.text(["number": column + 1]),
                          value: CellShape.excerpt(text), ImportProblemText.unclosedQuote.text())
            return
        }
        // A rejects file imported again: a row still carrying its reason was not fixed (and a
        // repeated firm's row would otherwise silently overwrite the first one's name and place).
        if let index = earlierReasonColumn, index < sheetRow.cellCount, !sheetRow.text(at: index).isEmpty {
            let reason = CellShape.excerpt(RejectsWriter.original(sheetRow.cell(at: index)).trimmingCharacters(in: .whitespacesAndNewlines))
            cursor.reject(column: headers[index], value: reason, ImportProblemText.stillHoldsReason.text(["reason": reason]))
            outcome.keepsEarlierReason = true
            return
        }
        if let extra = (min(headers.count, sheetRow.cellCount)..<sheetRow.cellCount).first(where: { !sheetRow.isEmpty(at: $0) }) {
            cursor.reject(column: "", value: sheetRow.text(at: extra),
                          ImportProblemText.pastLastColumn.text(["column": extra + 1, "count": headers.count]))
            return
        }
        // A cell that cannot be its column's value is most likely other cells run together:
        // reading the rest of the row would only add misleading reasons.
        if !checkShapes(sheetRow, &cursor) {
            return
        }
        parseIdentity(&cursor, into: &outcome.row, code: code)
        switch kind {
        case .roster: parseRoster(&cursor, into: &outcome.row)
        case .hnteList: parseCertificate(&cursor, into: &outcome.row, required: true)
        case .tsmeList: parseTsme(&cursor, into: &outcome.row, required: true)
        case .selectionList: parseSelection(&cursor, into: &outcome.row)
        case .renameList: parseRename(&cursor, into: &outcome.row)
        case .revocationList: parseRevocation(&cursor, into: &outcome.row)
        case .facts: parseFacts(&cursor, into: &outcome.row, required: true)
        }
        if kind != .roster && kind != .facts { parsePlace(&cursor, into: &outcome.row) }
        outcome.row.document = cursor.text(.document)
        outcome.row.note = cursor.text(.note)
        swap(&outcome.warnings, &cursor.warnings)
        outcome.assumedJanuaryFirst = cursor.assumedJanuaryFirst
        outcome.factsWithoutYear = cursor.factsWithoutYear
        outcome.cancelledFromYear = cursor.cancelledFromYear
    }

    private func parseIdentity(_ cursor: inout Cursor, into row: inout ParsedRow, code: CreditCode?) {
        if let code {
            row.code = code
        } else if let text = cursor.text(.creditCode) {
            do { row.code = try CreditCode(text) } catch { cursor.reject(.creditCode, text, error.description) }
        }
        if let name = cursor.text(kind == .renameList ? .newName : .name) {
            // On the bytes: U+FFFD is EF BF BD, which no other character's UTF-8 contains.
            if name.containsText("\u{FFFD}") {
                cursor.reject(kind == .renameList ? .newName : .name, name, ImportProblemText.mojibakeName.text(["value": name]))
            } else {
                row.name = name
            }
        }
        if kind == .renameList { row.formerName = cursor.text(.formerName) }
        if row.code == nil, row.name == nil, row.formerName == nil, !cursor.hasError(.creditCode) {
            cursor.reject(column: cursor.header(.creditCode) ?? cursor.header(.name) ?? "", value: "",
                          ImportProblemText.noFirm.text())
        }
    }

    func parseRoster(_ cursor: inout Cursor, into row: inout ParsedRow) {
        if row.code == nil, !cursor.hasError(.creditCode) {
            cursor.reject(column: cursor.header(.creditCode) ?? "统一社会信用代码", value: "",
                          ImportProblemText.codeEmpty.text())
        }
        if row.name == nil, !cursor.hasError(.name) {
            cursor.reject(column: cursor.header(.name) ?? "企业名称", value: "", ImportProblemText.nameEmpty.text())
        }
        parsePlace(&cursor, into: &row)
        row.profile.founded = cursor.day(.founded)
        row.profile.field = cursor.text(.field)
        row.profile.contact = cursor.text(.contact)
        row.profile.phone = cursor.text(.phone)
        if cursor.has(.tsmeNumber) { parseTsme(&cursor, into: &row, required: false) }
        if cursor.has(.certificateNumber) { parseCertificate(&cursor, into: &row, required: false) }
        parseFacts(&cursor, into: &row, required: false)
    }
}
