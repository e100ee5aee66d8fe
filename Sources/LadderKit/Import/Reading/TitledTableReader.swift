import Foundation

/// A table as lists are published: a title, 发文 lines or blank rows above the header, and
/// 合计/注 lines, page numbers or a repeated header among or below the rows. Wraps any
/// `RowReader` (CSV, .xlsx, and readers that give title lines as ordinary rows), so row numbers
/// stay the file's own.
///
/// The header is the first row, within the first `searchRows`, whose cells name at least two
/// known fields, or whose only cell names a firm (企业名称 alone); `headerRow` says it outright.
/// Without a match the first non-empty row is the header, as before, so the kind detection
/// can say which headers it saw.
final class TitledTableReader: RowReader {
    static let searchRows = 20

    private let inner: any RowReader
    let header: [String]
    let headerRowNumber: Int
    /// The first non-empty row above the header (an 附件 line passed over), its cells joined.
    let title: String?
    /// Non-empty rows above the header, not read as data.
    let rowsAboveHeader: Int
    /// Rows below the header that are not data: how many, and the first few row numbers.
    private(set) var skippedCount = 0
    private(set) var skippedRows: [Int] = []
    /// Read for every row: unchecked, as only `next` touches it (a dynamic exclusivity check
    /// was a runtime call every row).
    @exclusivity(unchecked) private var pending: [SheetRow]
    /// Columns of the credit code and of the numbers: a row with one of them filled is a firm,
    /// whatever its first cell says (a 备注 column first, holding 说明：…).
    private let numberColumns: [Int]
    /// The header's cells in canonical decomposition, to tell a repeated header from the bytes.
    private let decomposedHeader: [[UInt8]]

    var bytesRead: Int64 { inner.bytesRead }
    var totalBytes: Int64 { inner.totalBytes }
    var encodingName: String { inner.encodingName }
    var sheetName: String? { inner.sheetName }
    var isWorkbook: Bool { inner.isWorkbook }

    init(_ inner: any RowReader, headerRow: Int? = nil, overrides: [String: ImportField] = [:]) throws {
        self.inner = inner
        var seen = [SheetRow(number: inner.headerRowNumber,
                             cells: inner.header.map { $0.isEmpty ? CellValue.empty : .text($0) })]
        var found: Int?
        if let headerRow {
            guard headerRow >= inner.headerRowNumber else {
                throw ImportError.badHeaderRow(row: headerRow, reason: ImportErrorText.headerRowBlankFirst.text(
                    ["row": inner.headerRowNumber]))
            }
            while seen.last!.number < headerRow, let row = try inner.next() { seen.append(row) }
            guard let index = seen.firstIndex(where: { $0.number == headerRow }) else {
                let last = seen.last!.number
                throw ImportError.badHeaderRow(row: headerRow, reason: last < headerRow
                    ? ImportErrorText.headerRowPastEnd.text(["row": last]) : ImportErrorText.headerRowBlank.text())
            }
            found = index
        } else {
            var index = 0
            while found == nil {
                if TitledTableReader.isHeader(seen[index].cells, overrides: overrides) { found = index; break }
                guard seen[index].number < TitledTableReader.searchRows, let row = try inner.next() else { break }
                seen.append(row)
                index += 1
            }
        }
        let headerIndex = found ?? 0
        header = seen[headerIndex].cells.map(\.rawText)
        headerRowNumber = seen[headerIndex].number
        let above = seen[..<headerIndex].filter { !TitledTableReader.text(of: $0).isEmpty }
        rowsAboveHeader = above.count
        let titles = above.map(TitledTableReader.text(of:))
        title = titles.first(where: { !TitledTableReader.isAttachmentMark($0) }) ?? titles.first
        pending = Array(seen[(headerIndex + 1)...].reversed())
        decomposedHeader = header.map { Array($0.decomposedStringWithCanonicalMapping.utf8) }
        numberColumns = HeaderMatcher.match(header, overrides: overrides).columns
            .filter { [.creditCode, .certificateNumber, .tsmeNumber].contains($0.field) }.map(\.index)
    }

    func next() throws -> SheetRow? {
        while let row = pending.isEmpty ? try inner.next() : pending.removeLast() {
            guard isNotData(row) else { return row }
            skippedCount += 1
            if skippedRows.count < 3 { skippedRows.append(row.number) }
        }
        return nil
    }

    /// A 合计/总计 line (which may carry numbers in other cells), a note (注：, 说明, 备注：), a
    /// signature line (制表人：), a lone page number, or the header again (a page break in a list
    /// converted from PDF). Rows of spaces are left to the importer, which skips them unseen.
    private func isNotData(_ row: SheetRow) -> Bool {
        guard let first = (0..<row.cellCount).first(where: { !row.isBlank(at: $0) }) else { return false }
        // Nearly every row begins with a code or a 序号: told from its bytes, without making its text.
        if row.isPlainData(at: first),
           first >= header.count || !row.isHeaderCell(at: first, header: header[first], decomposed: decomposedHeader[first]) {
            return false
        }
        let text = row.text(at: first)
        if TitledTableReader.isFooter(text) {
            // A count in the 证书编号 column (合计,,3家) is no number: codes and numbers are 14–18 characters.
            return !numberColumns.contains {
                $0 != first && $0 < row.cellCount
                    && row.text(at: $0).unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic
                        || ("0"..."9").contains($0) }.count >= 10
            }
        }
        // 序号 makes most rows start with a number: the next filled cell says it is a row.
        if TitledTableReader.isPageNumber(text),
           !(first + 1..<row.cellCount).contains(where: { !row.isEmpty(at: $0) && !row.text(at: $0).isEmpty }) {
            return true
        }
        guard first < header.count, row.cell(at: first).rawText == header[first] else { return false }
        return TitledTableReader.trimmed(row.cells.map(\.rawText)) == TitledTableReader.trimmed(header)
    }

    private static func trimmed(_ texts: [String]) -> ArraySlice<String> {
        texts.dropLast(texts.reversed().prefix(while: { $0.trimmingSpaces().isEmpty }).count)
    }

    static func text(of row: SheetRow) -> String {
        row.cells.map(CellText.of).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Names at least two known fields, or only one cell that names a firm.
    static func isHeader(_ cells: [CellValue], overrides: [String: ImportField]) -> Bool {
        let texts = cells.map(\.rawText)
        let fields = HeaderMatcher.match(texts, overrides: overrides).fields
        if fields.count >= 2 { return true }
        let identity: Set<ImportField> = [.creditCode, .name, .certificateNumber, .tsmeNumber]
        return texts.filter { !$0.trimmingSpaces().isEmpty }.count == 1 && !fields.isDisjoint(with: identity)
    }

    static let footerWords = ["合计", "总计", "小计", "共计"]
    static let noteWords = ["注", "备注", "附注", "说明", "填表说明", "制表", "制表人", "填表人", "填报人", "填报单位",
                            "审核", "审核人"]
    private static let footerInitials = Set((footerWords + noteWords).compactMap(\.unicodeScalars.first))

    /// 合计：40家, 总计 40, 注：…, 注1. …, 说明, 备注：…, 制表人：…; not 合计科技有限公司.
    static func isFooter(_ text: String) -> Bool {
        // Most rows begin with a code or a 序号, and comparing each word as text costs more than the
        // rest of the row's reading: only a cell that begins with a word's first character is compared.
        // (A CJK compatibility ideograph is the same character as a unified one: left to the comparison.)
        guard let lead = text.unicodeScalars.first, !lead.isASCII,
              footerInitials.contains(lead) || (0xF900...0xFAFF).contains(lead.value)
                || (0x2F800...0x2FA1F).contains(lead.value) else { return false }
        for word in footerWords where text.hasPrefix(word) {
            let rest = text.dropFirst(word.count)
            guard let next = rest.first else { return true }
            return next == ":" || next == "：" || next.isWhitespace || next.isNumber || next == "共" || next == "家"
        }
        for word in noteWords where text.hasPrefix(word) {
            var rest = text.dropFirst(word.count)
            while let digit = rest.first, digit.isNumber { rest = rest.dropFirst() }
            guard let next = rest.first else { return true }
            if next == ":" || next == "：" || next == "、" || next == "." || next == "．" { return true }
        }
        return false
    }

    /// 3, 第3页, - 3 -, 3/12, 第3页/共12页, 第 3 页 共 12 页: a lone number of up to four digits.
    static func isPageNumber(_ text: String) -> Bool {
        var digits = 0, runs = 0, inRun = false
        // Scalar by scalar, stopping at the first that rules it out: every row's first cell passes here.
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x30 && scalar.value <= 0x39 {
                digits += 1
                if !inRun { runs += 1; inRun = true }
                if digits > 8 || runs > 2 { return false }
                continue
            }
            inRun = false
            switch scalar.value {
            case 0x7B2C, 0x9875, 0x5171, 0x2F, 0xFF0F, 0x2D, 0x2014, 0x2013: continue  // 第 页 共 / ／ - — –
            default: guard scalar.properties.isWhitespace else { return false }
            }
        }
        return runs >= 1 && (runs == 2 || digits <= 4)
    }

    /// 附件, 附件1, 附件 2：: a line that says which attachment this is, not what the list is.
    static func isAttachmentMark(_ text: String) -> Bool {
        guard text.hasPrefix("附件") else { return false }
        return text.dropFirst(2).allSatisfy { $0.isNumber || $0.isWhitespace || $0 == ":" || $0 == "：" }
    }
}
