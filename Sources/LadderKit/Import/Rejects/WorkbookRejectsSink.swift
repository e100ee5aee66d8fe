import Foundation

/// A rejects file as a one-sheet workbook, so a table that came from Excel goes back to Excel
/// without a CSV's losses: code-like columns are text columns (an all-digit code typed there
/// stays text; in a CSV Excel turns it into 9.13606E+17 again), day columns hold real days,
/// figures stay numbers, and every cell is a plain value.
final class WorkbookRejectsSink: RejectsSink {
    private let path: String
    private let columns: [XLSXWriter.Column]
    private var writer: XLSXWriter?

    /// `headers`: the copied columns between 原行号 and 问题列; `fields`: what each one means,
    /// nil for a column no field matched (written as text).
    init(path: String, headers: [String], fields: [ImportField?]) {
        self.path = path
        columns = [XLSXWriter.Column(header: "原行号", kind: .integer)]
            + zip(headers, fields).map { XLSXWriter.Column(header: $0, kind: WorkbookRejectsSink.kind(of: $1)) }
            + [XLSXWriter.Column(header: "问题列"), XLSXWriter.Column(header: "问题说明", width: 80)]
    }

    func append(_ row: RejectedRow) throws {
        if writer == nil { writer = try XLSXWriter(columns: columns, sheetName: "问题行") }
        var cut = false
        var cells: [XLSXWriter.Cell] = [.integer(row.originalRow)]
        for (cell, column) in zip(row.cells, columns.dropFirst()) {
            cells.append(WorkbookRejectsSink.cell(cell, kind: column.kind, cut: &cut))
        }
        // Pad a short row so every column has its cell.
        while cells.count < columns.count - 2 { cells.append(.empty) }
        cells.append(WorkbookRejectsSink.clamped(row.columns, cut: &cut))
        var reasons = row.reasons
        if cut { reasons += " (a cell longer than Excel's 32,767 characters was cut short here)" }
        var ignored = false
        cells.append(WorkbookRejectsSink.clamped(reasons, cut: &ignored))
        try writer!.append(row: cells)
    }

    func finish() throws {
        try writer?.write(to: URL(fileURLWithPath: path))
    }

    /// Codes, names and anything unknown are text; days are days; counts and amounts are numbers.
    static func kind(of field: ImportField?) -> XLSXWriter.Column.Kind {
        guard let field else { return .text }
        switch field {
        case .founded, .issued, .admitted, .effective, .revokedOn: return .date
        case .year, .cancelYear, .serial: return .integer
        default: return ImportField.factFields.contains(field) ? .integer : .text
        }
    }

    /// The cell as the input held it: text stays text, a workbook's numbers stay numbers except in
    /// text columns (where a code stored as a number is shown as the text it was read as).
    static func cell(_ value: CellValue, kind: XLSXWriter.Column.Kind, cut: inout Bool) -> XLSXWriter.Cell {
        switch value {
        case .empty: return .empty
        case let .date(day): return kind == .text ? .text(day.iso) : .date(day)
        case let .number(raw) where kind != .text:
            if let whole = Int(raw) { return .integer(whole) }
            if let number = Double(raw), number.isFinite { return .decimal(number) }
            return clamped(raw, cut: &cut)
        default: return clamped(RejectsWriter.original(value), cut: &cut)
        }
    }

    /// Text cut to Excel's limit of 32,767 UTF-16 units per cell, `cut` set when it was.
    static func clamped(_ text: String, cut: inout Bool) -> XLSXWriter.Cell {
        guard text.utf16.count > XLSXWriter.maxCellLength else { return .text(text) }
        cut = true
        var kept = ""
        var units = 0
        for character in text {
            units += character.utf16.count
            if units > XLSXWriter.maxCellLength - 1 { break }
            kept.append(character)
        }
        return .text(kept + "…")
    }
}
