import Foundation
import Testing
@testable import LadderKit

extension XLSXWriterTests {
    /// Writes a sample workbook for checking by hand in Excel, WPS or LibreOffice:
    /// `LADDER_XLSX_SAMPLE=/tmp/sample.xlsx LADDER_XLSX_SAMPLE_ROWS=200000 swift test --filter writesSample`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LADDER_XLSX_SAMPLE"] != nil))
    func writesSample() throws {
        let environment = ProcessInfo.processInfo.environment
        let url = URL(fileURLWithPath: try #require(environment["LADDER_XLSX_SAMPLE"]))
        let extra = Int(environment["LADDER_XLSX_SAMPLE_ROWS"] ?? "") ?? 0
        let writer = try XLSXWriter(columns: [
            Column(header: "统一社会信用代码"), Column(header: "企业名称"), Column(header: "证书编号"),
            Column(header: "发证日期", kind: .date), Column(header: "职工总数", kind: .integer),
            Column(header: "研发费用(万元)", kind: .decimal),
        ], sheetName: "高企名单")
        let issued = Day(year: 2023, month: 11, day: 22)!
        try writer.append(row: ["914403001922038216", "江西<测试>&\"引号\"有限公司", "GR202336000123", .date(issued), 120, 1234.5])
        try writer.append(row: ["91360722MA35G1YK7R", " 前导空格", .integer(202_336_000_124), .date(Day(year: 2024, month: 2, day: 29)!), .empty, 0.125])
        try writer.append(row: ["913601000000000000", "控制\u{0B}字符\r\n换行", "A_x0041_B", .empty, -3, .decimal(.infinity)])
        for i in 0..<extra {
            try writer.append(row: [.text("9136\(String(10_000_000_000_000 + i))"), .text("批量企业\(i)"),
                                    .text("GR2023360\(100_000 + i % 900_000)"), .date(issued.adding(days: i % 1000)),
                                    .integer(i), .decimal(Double(i) / 8)])
        }
        try writer.write(to: url)
    }
}
