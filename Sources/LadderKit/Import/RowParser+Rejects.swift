import Foundation

extension RowParser {
    /// Whether the file is a rejects file (it has 原行号, 问题列 or 问题说明).
    var readsRejectsFile: Bool { earlierRowColumn != nil || earlierColumnColumn != nil || earlierReasonColumn != nil }

    /// What a rejects file's row says of its first rejection; nil for any other file.
    func earlierRejection(of row: SheetRow) -> EarlierRejection? {
        guard readsRejectsFile else { return nil }
        // 问题列 and 问题说明 as written (not normalised: a Chinese reason keeps its full-width ，).
        func text(_ index: Int?) -> String {
            guard let index, index < row.cellCount else { return "" }
            return RejectsWriter.original(row.cell(at: index)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let number = earlierRowColumn.map { row.text(at: $0) } ?? ""
        // A workbook may hold the number as 4 or 4.0.
        let whole = Int(number) ?? Double(number).flatMap { $0 == $0.rounded() && abs($0) < 1e9 ? Int($0) : nil }
        return EarlierRejection(row: whole.flatMap { $0 > 0 ? $0 : nil }, columns: text(earlierColumnColumn),
                                reasons: text(earlierReasonColumn))
    }
}
