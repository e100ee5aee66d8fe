/// One rejected row as a rejects file holds it: where it came from, every original cell, and why.
struct RejectedRow {
    /// 原行号: the row's number in the file first imported (kept through rejects of rejects).
    let originalRow: Int
    /// The input's cells, one per column between 原行号 and 问题列.
    let cells: [CellValue]
    /// 问题列: the headers of the columns at fault, joined with 、.
    let columns: String
    /// 问题说明: every reason, joined with ; .
    let reasons: String
}
