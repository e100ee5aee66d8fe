import Foundation
import Testing
@testable import LadderKit

/// The exported workbook, read back with the project's own XLSX reader.
@Suite struct ExportWorkbookTests {
    @Test func exportedWorkbookReadsBackWithTextCodesAndRealDates() throws {
        let registry = try Registry.inMemory()
        _ = try registry.add(Codes.a, name: "信丰众城矿业有限公司", context: context("2025-01-01T00:00:00Z"))
        _ = try registry.certify(Codes.a, number: CertificateNumber(trusted: "GR202336000123"), issued: day("2023-11-22"),
                                 context: context("2025-01-01T00:00:01Z"))
        _ = try registry.add(Codes.c, name: "华为技术有限公司", location: Location(division: RegionCode(trusted: "360111")),
                             context: context("2025-01-01T00:00:02Z"))
        _ = try registry.certify(Codes.c, number: CertificateNumber(trusted: "GR202436000456"), issued: day("2024-02-29"),
                                 context: context("2025-01-01T00:00:03Z"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try registry.export(tier: .hnte, asOf: day("2025-06-30")).write(.xlsx, to: url, language: .zh)

        let reader = try TableFile.open(path: url.path)
        #expect(reader.header == ["统一社会信用代码", "企业名称", "设区市", "县(市、区)", "证书编号", "发证日期", "有效期至"])
        var rows: [[CellValue]] = []
        while let row = try reader.next() { rows.append(row.cells) }
        #expect(rows == [
            [.text("914403001922038216"), .text("华为技术有限公司"), .text("南昌市"), .text("青山湖区"), .text("GR202436000456"),
             .date(day("2024-02-29")), .date(day("2027-02-28"))],
            [.text("91360722MA35G1YK7R"), .text("信丰众城矿业有限公司"), .text("赣州市"), .text("信丰县"), .text("GR202336000123"),
             .date(day("2023-11-22")), .date(day("2026-11-22"))],
        ])
        // Imported back, it is a 高企 list the registry already holds: nothing new, nothing rejected.
        let again = try importFile(url.path, into: registry)
        #expect((again.kind, again.rows, again.unchanged, again.newEvents, again.rejected) == (.hnteList, 2, 2, 0, 0))
    }

    struct Headings: CustomTestStringConvertible, Sendable {
        let tier: Tier
        let language: Language
        let sheet: String
        let header: [String]
        var testDescription: String { "\(tier.rawValue) in \(language.rawValue)" }
    }

    /// The sheet and its headings in the reader's language: the Chinese ones exactly as before (the
    /// lists' own, so the file imports back), the English ones the import's spellings where it has one.
    @Test(arguments: [
        Headings(tier: .hnte, language: .zh, sheet: "高新技术企业",
                 header: ["统一社会信用代码", "企业名称", "设区市", "县(市、区)", "证书编号", "发证日期", "有效期至"]),
        Headings(tier: .hnte, language: .en, sheet: "hnte",
                 header: ["credit code", "name", "region", "county", "certificate number", "issued", "valid until"]),
        Headings(tier: .tsme, language: .zh, sheet: "科技型中小企业",
                 header: ["统一社会信用代码", "企业名称", "设区市", "县(市、区)", "入库登记编号", "入库日期", "有效期至"]),
        Headings(tier: .tsme, language: .en, sheet: "tsme",
                 header: ["credit code", "name", "region", "county", "registration number", "admitted", "valid until"]),
        Headings(tier: .leader, language: .zh, sheet: "科技领军企业",
                 header: ["统一社会信用代码", "企业名称", "设区市", "县(市、区)", "编号或名单", "起始日期", "有效期至"]),
        Headings(tier: .leader, language: .en, sheet: "leader",
                 header: ["credit code", "name", "region", "county", "number or list", "start", "valid until"]),
    ])
    func theWorkbookSpeaksTheReadersLanguage(_ c: Headings) throws {
        let registry = try Registry.inMemory()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try registry.export(tier: c.tier, asOf: day("2025-06-30")).write(.xlsx, to: url, language: c.language)
        #expect(try TableFile.open(path: url.path).header == c.header)
        let workbook = try WrittenWorkbook(url: url)
        #expect(workbook.text("xl/workbook.xml").contains("<sheet name=\"\(c.sheet)\" sheetId=\"1\""))
    }
}
