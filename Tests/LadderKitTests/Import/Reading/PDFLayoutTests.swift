import Testing
@testable import LadderKit

/// Pages of layout text written out by hand, read as pdftotext's would be.
final class LiteralPages: PDFPageSource {
    private var pages: [[String]]
    private(set) var pagesRead = 0
    let pageCount: Int?

    init(_ pages: [[String]]) {
        self.pages = pages
        pageCount = pages.count
    }

    func nextPage() throws -> [String]? {
        guard !pages.isEmpty else { return nil }
        pagesRead += 1
        return pages.removeFirst()
    }
}

/// A layout line with each text starting at its grid position.
func layout(_ pieces: (Int, String)...) -> String {
    var line = ""
    for (position, text) in pieces {
        let gap = position - line.unicodeScalars.count
        precondition(gap >= (line.isEmpty ? 0 : 1), "'\(text)' at \(position) overlaps the text before it")
        line += String(repeating: " ", count: gap) + text
    }
    return line
}

extension ReadingTests {
    @Suite struct PDFLayoutTests {
        static func rows(_ pages: [[String]]) throws -> [[String]] {
            let reader = try PDFTableReader(pages: LiteralPages(pages), size: 100)
            var rows = [reader.header]
            while let row = try reader.next() { rows.append(row.cells.map(\.rawText)) }
            return rows
        }

        @Test func bottomAlignedWrapsLetterSpacedHeaderRunningFooterAndAPageWithoutHeader() throws {
            let rows = try Self.rows([
                [
                    layout((20, "附件")),
                    layout((10, "江西省2025年第二批高新技术企业名单")),
                    "",
                    layout((0, "序  号"), (9, "企 业 名 称"), (30, "证书编号"), (48, "所属地区")),
                    layout((11, "江西赣青科技有限公司南昌")),
                    layout((3, "1"), (11, "分公司"), (30, "GR202536000301"), (48, "南昌市")),
                    layout((3, "2"), (11, "南昌甲乙有限公司"), (30, "GR202536000302"), (48, "南昌市")),
                    "",
                    layout((0, "江西省科学技术厅"), (39, "第 1 页")),
                ],
                [
                    layout((11, "江西丙丁新材料股份有限公")),
                    layout((3, "3"), (11, "司"), (30, "GR202536000303"), (48, "九江市")),
                    layout((3, "合计：3家")),
                    layout((3, "注：以上排名不分先后。")),
                    "",
                    layout((0, "江西省科学技术厅"), (39, "第 2 页")),
                ],
            ])
            #expect(rows == [
                ["附件"],
                ["江西省2025年第二批高新技术企业名单"],
                ["序号", "企业名称", "证书编号", "所属地区"],
                ["1", "江西赣青科技有限公司南昌分公司", "GR202536000301", "南昌市"],
                ["2", "南昌甲乙有限公司", "GR202536000302", "南昌市"],
                ["3", "江西丙丁新材料股份有限公司", "GR202536000303", "九江市"],
                ["合计：3家"],
                ["注：以上排名不分先后。"],
            ])
        }

        @Test func centredWrapsAroundTheirRowAndARepeatedHeaderUnderARunningTitle() throws {
            let rows = try Self.rows([
                [
                    layout((0, "序号"), (6, "企业名称"), (30, "统一社会信用代码")),
                    layout((6, "江西甲科技有限公司")),
                    layout((2, "1"), (30, "91360112MA3GLQ0A40")),
                    layout((6, "南昌分公司")),
                    layout((6, "江西乙科技")),
                    layout((2, "2"), (6, "有限公司九江"), (30, "91360602MA3Q0H862L")),
                    layout((6, "分公司")),
                    layout((2, "3"), (6, "江西丙科技有限公司"), (30, "91360100696254841Y")),
                    "",
                    layout((20, "1")),
                ],
                [
                    layout((10, "江西省2025年第二批高新技术企业名单")),
                    layout((0, "序号"), (8, "企业名称"), (32, "统一社会信用代码")),
                    layout((2, "4"), (8, "江西丁科技有限公司"), (32, "91360429551177574T")),
                    "",
                    layout((20, "- 2 -")),
                ],
            ])
            #expect(rows == [
                ["序号", "企业名称", "统一社会信用代码"],
                ["1", "江西甲科技有限公司南昌分公司", "91360112MA3GLQ0A40"],
                ["2", "江西乙科技有限公司九江分公司", "91360602MA3Q0H862L"],
                ["3", "江西丙科技有限公司", "91360100696254841Y"],
                ["4", "江西丁科技有限公司", "91360429551177574T"],
            ])
        }

        @Test func valuesOneSpaceApartAreCutAtTheColumnBoundary() throws {
            let rows = try Self.rows([[
                layout((0, "序号"), (5, "企业名称"), (20, "证书编号"), (35, "统一社会信用代码")),
                layout((3, "1"), (5, "南昌甲有限公司"), (20, "GR202536000301 91360112MA3GLQ0A40")),
            ]])
            #expect(rows == [
                ["序号", "企业名称", "证书编号", "统一社会信用代码"],
                ["1", "南昌甲有限公司", "GR202536000301", "91360112MA3GLQ0A40"],
            ])
        }

        struct RefusalCase: CustomTestStringConvertible, Sendable {
            let name: String
            let pages: [[String]]
            let error: ReadError
            var testDescription: String { name }
        }

        @Test(arguments: [
            RefusalCase(name: "nothing but form feeds", pages: [[], ["", "   "]], error: .pdfWithoutText),
            RefusalCase(name: "only page numbers", pages: [["", layout((20, "- 1 -"))], [layout((20, "第 2 页"))]],
                        error: .pdfWithoutText),
            RefusalCase(name: "text but no header", pages: [["关于公布2025年高新技术企业名单的通知", "各设区市科技局："]],
                        error: .pdfWithoutTable(pages: 1)),
        ])
        func refuses(_ c: RefusalCase) {
            #expect(throws: c.error) { try Self.rows(c.pages) }
        }

        struct PageNumberCase: CustomTestStringConvertible, Sendable {
            let text: String
            let isPageNumber: Bool
            var testDescription: String { text }
        }

        @Test(arguments: [
            PageNumberCase(text: "第 1 页", isPageNumber: true),
            PageNumberCase(text: "第1页 共40页", isPageNumber: true),
            PageNumberCase(text: "第 2 页，共 2 页", isPageNumber: true),
            PageNumberCase(text: "共 3 页 第 1 页", isPageNumber: true),
            PageNumberCase(text: "- 1 -", isPageNumber: true),
            PageNumberCase(text: "-1-", isPageNumber: true),
            PageNumberCase(text: "— 12 —", isPageNumber: true),
            PageNumberCase(text: "1/40", isPageNumber: true),
            PageNumberCase(text: "1 / 40", isPageNumber: true),
            PageNumberCase(text: "Page 3 of 9", isPageNumber: true),
            PageNumberCase(text: "合计：40家", isPageNumber: false),
            PageNumberCase(text: "12", isPageNumber: false),
            PageNumberCase(text: "第一批", isPageNumber: false),
            PageNumberCase(text: "1 南昌甲有限公司", isPageNumber: false),
        ])
        func pageNumbers(_ c: PageNumberCase) {
            #expect(PDFPageFurniture.isPageNumber(c.text) == c.isPageNumber)
        }
    }
}
