import Foundation
import Testing
@testable import LadderKit

extension ReadingTests {
    /// PDF lists read through pdftotext (poppler-utils; scripts/test.sh installs it).
    @Suite struct PDFTableReaderTests {
        static func fixture(_ name: String) -> String {
            Bundle.module.resourceURL!.appendingPathComponent("Fixtures/pdf/\(name)").path
        }

        @Test func libreOfficeListWithTitleWrappedNameAndSecondPage() throws {
            let table = try ReadingSupport.read(path: Self.fixture("libreoffice-hnte-list-two-pages.pdf"))
            #expect(table.encodingName == "pdf")
            #expect(table.header == ["江西省2025年第一批认定报备高新技术企业名单"])
            #expect(table.headerRowNumber == 1)
            #expect(table.rows == [
                textRow(2, "序号", "企业名称", "证书编号", "统一社会信用代码"),
                textRow(3, "1", "上饶众顺制药有限公司", "GR202536000101", "91361124MA3PHG8M2C"),
                textRow(4, "2", "萍乡丰隆新能源有限公司", "GR202536000102", "913603004216411998"),
                textRow(5, "3", "江西江航数据科技有限公司", "GR202536000103", "91360100MA30X8GH5H"),
                textRow(6, "4", "南昌程星机电科技股份有限公司", "GR202536000104", "91360112MA3891QD38"),
                textRow(7, "5", "南昌优洪精密制造股份有限公司", "GR202536000105", "913601002765639206"),
                textRow(8, "6", "江西恒邦光电科技有限公司九江经济技术开发区光电产业园分公司", "GR202536000106",
                        "913604001314866531"),
                textRow(9, "7", "进贤捷同信息技术有限公司", "GR202536000107", "91360124986409389T"),
                textRow(10, "8", "南昌正柏电池科技有限责任公司", "GR202536000108", "91360100841332114F"),
                textRow(11, "9", "南昌豫赣锂业股份有限公司", "GR202536000109", "91360112MA3GLQ0A40"),
                textRow(12, "10", "鹰潭蓝航机电科技有限公司", "GR202536000110", "91360602MA3Q0H862L"),
                textRow(13, "11", "安义恒峰铜材有限公司", "GR202536000111", "91360100696254841Y"),
                textRow(14, "合计：11家"),
            ])
        }

        /// Progress moves page by page (pdfinfo counts the pages), and is the whole file at the end.
        @Test func progressFollowsThePages() throws {
            let path = Self.fixture("libreoffice-hnte-list-two-pages.pdf")
            let reader = try PDFTableReader(path: path, size: 1000)
            #expect(reader.bytesRead == 500)
            while try reader.next() != nil {}
            #expect(reader.bytesRead == 1000)
        }

        @Test func reportlabListWithCentredHeadersAndTopAlignedWraps() throws {
            let table = try ReadingSupport.read(path: Self.fixture("reportlab-hnte-list-wrapped-top-aligned.pdf"))
            #expect(table.header == ["序号", "统一社会信用代码", "企业名称", "证书编号", "所属地区"])
            #expect(table.rows == [
                textRow(2, "1", "91360112MA3GLQ0A40", "南昌豫赣锂业股份有限公司", "GR202536000201", "南昌市"),
                textRow(3, "2", "91360602MA3Q0H862L", "鹰潭蓝航机电科技有限公司", "GR202536000202", "鹰潭市"),
                textRow(4, "3", "91360100696254841Y", "安义恒峰铜材有限公司南昌高新技术产业开发区艾溪湖创新创业园分公司",
                        "GR202536000203", "南昌市"),
                textRow(5, "4", "91360429551177574T", "江西汇旭新能源有限公司", "GR202536000204", "九江市"),
                textRow(6, "5", "91361181406100300J", "德兴云舟知识产权服务股份有限公司", "GR202536000205", "上饶市"),
                textRow(7, "6", "913606022610230324", "鹰潭江佳宏新能源有限公司", "GR202536000206", "鹰潭市"),
            ])
        }

        @Test func writerListWithAWrappedHeaderCellAndBlankLinesBetweenRows() throws {
            let table = try ReadingSupport.read(path: Self.fixture("writer-hnte-list-wrapped-header.pdf"))
            #expect(table.header == ["江西省 2025 年第一批认定报备高新技术企业名单"])
            #expect(table.rows == [
                textRow(2, "序号", "企业名称", "证书编号", "统一社会信用代码", "所属地区"),
                textRow(3, "1", "南昌豫赣锂业股份有限公司", "GR202536000301", "91360112MA3GLQ0A40", "南昌市"),
                textRow(4, "2", "鹰潭蓝航机电科技有限公司", "GR202536000302", "91360602MA3Q0H862L", "鹰潭市"),
                textRow(5, "3", "安义恒峰铜材有限公司南昌高新技术产业开发区艾溪湖创新创业园分公司", "GR202536000303",
                        "91360100696254841Y", "南昌市"),
                textRow(6, "4", "江西汇旭新能源有限公司", "GR202536000304", "91360429551177574T", "九江市"),
                textRow(7, "合计：4 家"),
                textRow(8, "注：排名不分先后。"),
            ])
        }

        /// `%PDF-` picks the reader whatever the name says, also after a BOM or blank lines.
        @Test func contentNotExtensionPicksThePDFReader() throws {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: Self.fixture("reportlab-hnte-list-wrapped-top-aligned.pdf"))))
            for prefix in [[], [0xEF, 0xBB, 0xBF], Array("\r\n".utf8)] as [[UInt8]] {
                let table = try ReadingSupport.read(bytes: prefix + bytes, suffix: ".csv")
                #expect(table.encodingName == "pdf")
                #expect(table.rows.count == 6)
            }
            #expect(FileKind(sample: Array("%PDX-1.4".utf8)) != .pdf)
        }

        @Test func scannedListHasNoText() {
            #expect(throws: ReadError.pdfWithoutText) {
                try ReadingSupport.read(path: Self.fixture("scanned-list-no-text.pdf"))
            }
        }

        @Test func missingPdftotextSaysHowToInstallIt() throws {
            let path = Self.fixture("reportlab-hnte-list-wrapped-top-aligned.pdf")
            #expect(throws: ReadError.pdfToolMissing(path: "/nonexistent/pdftotext")) {
                try PDFTableReader(path: path, size: 1, tool: "/nonexistent/pdftotext")
            }
            #expect(ReadError.pdfToolMissing(path: "/nonexistent/pdftotext").description
                == "reading a PDF needs pdftotext (poppler), which was not found (/nonexistent/pdftotext); install it "
                + "with `apt-get install poppler-utils` (or set LADDER_PDFTOTEXT to its path), or save the list as .xlsx")
        }

        @Test func damagedPDFFailsWithPdftotextsOwnWords() throws {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: Self.fixture("libreoffice-hnte-list-two-pages.pdf"))))
            let error = ReadingSupport.failure(bytes: Array(bytes.prefix(3000)), suffix: ".pdf")
            guard case let .pdfUnreadable(detail) = error else {
                Issue.record("expected pdfUnreadable, got \(String(describing: error))")
                return
            }
            #expect(detail.contains("Couldn't read xref table"))
            #expect(!detail.contains("Syntax Error"))
        }

        @Test func passwordProtectedPDFSaysSo() {
            #expect(throws: ReadError.pdfUnreadable(detail: "Incorrect password")) {
                try ReadingSupport.read(path: Self.fixture("password-protected-list.pdf"))
            }
            #expect(ReadError.pdfUnreadable(detail: "Incorrect password").description == "pdftotext could not read "
                + "this PDF (Incorrect password); if it has a password or is damaged, open it and print it again to a "
                + "new PDF, or copy the table into Excel and save it as .xlsx")
        }

        @Test func scannedMessage() {
            #expect(ReadError.pdfWithoutText.description == "this PDF has no text, only pictures (a scan?), so nothing "
                + "can be read from it without guessing; type the list into Excel or run OCR on it, check the result "
                + "against the paper, and import that")
        }
    }
}
