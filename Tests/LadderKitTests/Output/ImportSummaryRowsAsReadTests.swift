import Testing
@testable import LadderKit

/// The rows-as-read table a dry run of a PDF list prints: cells lined up, one-cell rows whole.
@Suite struct ImportSummaryRowsAsReadTests {
    @Test func titleAndTotalArePrintedWholeAndCellsLineUp() {
        let lines = ImportSummary.rowsAsReadLines([
            RowAsRead(number: 1, cells: ["江西省名单"], outcome: .header),
            RowAsRead(number: 2, cells: ["序号", "企业名称"], outcome: .rejected),
            RowAsRead(number: 3, cells: ["1", "南昌甲有限公司"], outcome: .accepted),
            RowAsRead(number: 4, cells: ["2", "南昌乙有限公司"], outcome: .unchanged),
            RowAsRead(number: 5, cells: ["合计：2家"], outcome: .accepted),
        ])
        #expect(lines.joined(separator: "\n") == """
            rows as read (compare them with the PDF before importing it without --dry-run):
            row  outcome    cells as read
            ───  ─────────  ────────────────────
              1  header     江西省名单
              2  rejected   序号  企业名称
              3  ok         1     南昌甲有限公司
              4  unchanged  2     南昌乙有限公司
              5  ok         合计：2家
            """)
    }

    @Test func nothingKeptPrintsNothing() {
        #expect(ImportSummary.rowsAsReadLines([]).isEmpty)
    }
}
