import Foundation
import Testing
@testable import LadderKit

extension ReadingTests {
    @Suite struct TableFileTests {
        struct RefusalCase: CustomTestStringConvertible, Sendable {
            let name: String
            let bytes: [UInt8]
            var suffix = ".csv"
            var sheet: String? = nil
            let error: ReadError
            var testDescription: String { name }
        }

        @Test(arguments: [
            RefusalCase(name: "empty file", bytes: [], error: .empty),
            RefusalCase(name: "only blank lines", bytes: Array("\n\r\n,,\n".utf8), error: .empty),
            RefusalCase(name: "only a BOM", bytes: [0xEF, 0xBB, 0xBF], error: .empty),
            RefusalCase(name: "OLE2 signature then zeros",
                        bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504),
                        suffix: ".xls", error: .damagedArchive(detail: "its OLE2 header is not valid")),
            RefusalCase(name: "OLE2 signature cut short, named .xlsx",
                        bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00], suffix: ".xlsx",
                        error: .damagedArchive(detail: "it ends inside its 512-byte header; the file is probably cut short")),
            RefusalCase(name: "UTF-16 with BOM", bytes: [0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00], error: .utf16),
            RefusalCase(name: "UTF-16 without BOM", bytes: Array("code,name\r\n1,2\r\n".utf8).flatMap { [$0, 0] }, error: .utf16),
            RefusalCase(name: "HTML saved as .xls", bytes: Array("\r\n<html><body><table><tr><td>代码</td></tr></table>".utf8),
                        suffix: ".xls", error: .markup),
            RefusalCase(name: "XML Spreadsheet 2003", bytes: Array("<?xml version=\"1.0\"?>\n<Workbook>".utf8),
                        suffix: ".xls", error: .markup),
            RefusalCase(name: "binary bytes", bytes: (0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7) }, error: .binary),
            RefusalCase(name: "mostly NULs", bytes: Array("a,b\n".utf8) + [UInt8](repeating: 0, count: 100), error: .binary),
            RefusalCase(name: "a sheet named for a CSV", bytes: Array("a,b\n".utf8), sheet: "名单",
                        error: .sheetOnTextFile(sheet: "名单")),
        ])
        func refuses(_ c: RefusalCase) {
            #expect(ReadingSupport.failure(bytes: c.bytes, suffix: c.suffix, sheet: c.sheet) == c.error)
        }

        @Test func aFewNULsAreData() throws {
            let table = try ReadingSupport.read(bytes: Array("a,b\n1\u{0},\u{0}2\n".utf8))
            #expect(table.rows == [textRow(2, "1\u{0}", "\u{0}2")])
        }

        @Test func contentNotExtensionPicksTheReader() throws {
            let csv = try ReadingSupport.read(bytes: Array("a,b\n1,2\n".utf8), suffix: ".xlsx")
            #expect(csv.encodingName == "utf-8")
            let workbook = try Data(contentsOf: URL(fileURLWithPath: ReadingSupport.fixture("openpyxl-roster.xlsx")))
            let xlsx = try ReadingSupport.read(bytes: Array(workbook), suffix: ".csv")
            #expect(xlsx.encodingName == "xlsx")
        }

        @Test func missingFile() {
            let path = NSTemporaryDirectory() + "ladder-no-such-file.csv"
            #expect(throws: ReadError.cannotOpen(path: path, reason: "No such file or directory")) {
                try TableFile.open(path: path)
            }
        }

        @Test func directory() {
            let path = NSTemporaryDirectory()
            #expect(throws: ReadError.cannotOpen(path: path, reason: "it is a directory, not a file")) {
                try TableFile.open(path: path)
            }
        }

        struct MessageCase: CustomTestStringConvertible, Sendable {
            let error: ReadError
            let message: String
            var testDescription: String { message }
        }

        @Test(arguments: [
            MessageCase(error: .empty, message: "the file is empty: it has no non-blank rows; export the table again"),
            MessageCase(error: .passwordProtected, message: "the file is password-protected or saved as protected (Excel "
                + "encrypts both), so ladder cannot read it; open it in Excel or WPS, remove the password and the "
                + "protection, save it, and retry"),
            MessageCase(error: .unsupportedArchive(detail: "the Excel 5.0/95 format (BIFF5)"), message: "the workbook uses "
                + "the Excel 5.0/95 format (BIFF5), which ladder cannot read; open it in Excel or WPS and save it again as .xlsx"),
            MessageCase(error: .notAWorkbook(detail: "it looks like a Word document"), message: "this file is not an Excel "
                + "workbook (it looks like a Word document); save the table as .xlsx or CSV UTF-8"),
            MessageCase(error: .fieldTooLarge(row: 17, limit: 16 << 20), message: "row 17: a field is longer than 16 MiB; "
                + "a quote is probably missing its closing quote (\"), fix that row"),
            MessageCase(error: .sheetNotFound(name: "Sheet9", available: ["名单", "第二页"]),
                        message: "no sheet named 'Sheet9'; the workbook has: '名单', '第二页'"),
            MessageCase(error: .partTooLarge(path: "xl/worksheets/sheet1.xml", limit: 512 << 20),
                        message: "the workbook part 'xl/worksheets/sheet1.xml' unpacks to more than 512 MiB, refused as a "
                            + "possible zip bomb; split the table or export it as CSV UTF-8"),
        ])
        func messagesSayWhatToDo(_ c: MessageCase) {
            #expect(c.error.description == c.message)
        }
    }
}
