import Foundation
import Testing
@testable import LadderKit

extension XLSXWriterTests {
    struct KindCase: CustomTestStringConvertible, Sendable {
        let label: String, key: String, values: [Tabular.Value], kind: Column.Kind, places: Int
        var testDescription: String { label }
    }

    @Test(arguments: [
        KindCase(label: "integers", key: "count", values: [.int(3), .null, .int(-1)], kind: .integer, places: 0),
        KindCase(label: "decimals take the widest digits", key: "share", values: [.decimal(0.5, digits: 1), .int(2), .decimal(1, digits: 3)],
                 kind: .decimal, places: 3),
        KindCase(label: "days under _on", key: "end_on", values: [.text("2026-11-22"), .null], kind: .date, places: 0),
        KindCase(label: "a non-day under _on stays text", key: "end_on", values: [.text("2026-11-22"), .text("until next list")],
                 kind: .text, places: 0),
        KindCase(label: "days under another key stay text", key: "start", values: [.text("2026-11-22")], kind: .text, places: 0),
        KindCase(label: "codes are text", key: "credit_code", values: [.text("914403001922038216")], kind: .text, places: 0),
        KindCase(label: "mixed text and numbers are text", key: "number", values: [.text("GR1"), .int(5)], kind: .text, places: 0),
        KindCase(label: "all null", key: "note", values: [.null], kind: .text, places: 0),
    ])
    func tabularColumnKinds(_ c: KindCase) {
        var table = Tabular(columns: [.init(c.key)])
        for value in c.values { table.append([value]) }
        let inferred = XLSXWriter.kind(of: table, column: 0)
        #expect(inferred.kind == c.kind)
        #expect(inferred.places == c.places)
    }

    @Test func writesTabular() throws {
        let url = temporaryXLSX()
        defer { try? FileManager.default.removeItem(at: url) }
        var table = Tabular(title: "expiring", columns: [.init("credit_code", "统一社会信用代码"), .init("end_on", "有效期至"),
                                                         .init("days", "剩余天数")])
        table.append([.text("914403001922038216"), .text("2026-11-22"), .int(12)])
        try XLSXWriter(table).write(to: url)
        let workbook = try WrittenWorkbook(url: url)
        #expect(workbook.cells.map { "\($0.reference) \($0.type ?? "n") \($0.style ?? "0") \($0.value)" } == [
            "A1 inlineStr 1 统一社会信用代码", "B1 inlineStr 1 有效期至", "C1 inlineStr 1 剩余天数",
            "A2 inlineStr 2 914403001922038216", "B2 n 3 46348", "C2 n 4 12",
        ])
        #expect(workbook.elements("xl/workbook.xml").first { $0.name == "sheet" }?.attributes["name"] == "expiring")
    }
}
