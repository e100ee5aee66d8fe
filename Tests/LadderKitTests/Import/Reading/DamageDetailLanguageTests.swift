import Foundation
import Testing
@testable import LadderKit

extension ReadingTests {
    /// Where a damaged .xlsx (zip) or .xls (OLE2) file is broken, said in the reader's language:
    /// the same damage as `HostileWorkbookTests` and `HostileLegacyWorkbookTests`, read in Chinese.
    @Suite struct DamageDetailLanguageTests {
        static let sheetPath = "xl/worksheets/sheet1.xml"
        typealias Layout = HostileLegacyWorkbookTests.Layout

        struct ZipCase: CustomTestStringConvertible, Sendable {
            let name: String
            let change: @Sendable (inout ZipBuilder.Entry) -> Void
            let zh: ReadError
            var testDescription: String { name }
        }

        @Test(arguments: [
            ZipCase(name: "deflate stream runs past the entry", change: { $0.compressed = [0x00, 0xFF, 0xFF, 0x00, 0x00, 0x3C] },
                    zh: .damagedArchive(detail: "组成部分“\(sheetPath)”的压缩数据提前结束，文件很可能被截断")),
            ZipCase(name: "corrupt deflate data", change: { $0.compressed = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF] },
                    zh: .damagedArchive(detail: "组成部分“\(sheetPath)”的压缩数据已损坏")),
            ZipCase(name: "wrong checksum", change: { $0.crc = 0xDEAD_BEEF },
                    zh: .damagedArchive(detail: "组成部分“\(sheetPath)”校验和不符")),
            ZipCase(name: "encrypted", change: { $0.flags |= 1 }, zh: .unsupportedArchive(detail: "加密（设置了密码）")),
            ZipCase(name: "LZMA", change: { $0.method = 14 }, zh: .unsupportedArchive(detail: "zip 压缩方式 14")),
            ZipCase(name: "row number out of range", change: { $0.data = Array(TestWorkbook.sheet("<row r=\"1048577\"/>").utf8) },
                    zh: .badCell(row: 1, detail: "行号“1048577”不在 1 到 1048576 之间")),
            ZipCase(name: "shared string out of range",
                    change: { $0.data = Array(TestWorkbook.sheet("<row><c r=\"B1\" t=\"s\"><v>7</v></c></row>").utf8) },
                    zh: .badCell(row: 1, detail: "单元格 B1 引用编号为 7 的共享字符串，但工作簿只有 0 个")),
            ZipCase(name: "UTF-16 XML", change: { $0.data = [0xFF, 0xFE, 0x3C, 0x00]; $0.crc = nil },
                    zh: .malformedXML(part: sheetPath, detail: "它是 UTF-16 编码，不是 UTF-8")),
        ])
        func damagedZipInChinese(_ c: ZipCase) {
            var parts = TestWorkbook.parts(sheets: [("S", TestWorkbook.sheet("<row><c><v>1</v></c></row>"))])
            c.change(&parts[2])
            let bytes = ZipBuilder.build(parts)
            #expect(Language.$scoped.withValue(.zh) { HostileWorkbookTests.fails(bytes) } == c.zh)
        }

        struct OLECase: CustomTestStringConvertible, Sendable {
            let name: String
            let change: @Sendable (inout Layout) -> Void
            let zh: String
            let en: String
            var testDescription: String { name }
        }

        @Test(arguments: [
            OLECase(name: "a chain pointing past the end of the file",
                    change: { $0.put32($0.fat + 4 * $0.workbookStart, 0x00FF_FFFF) },
                    zh: "数据流“Workbook”的扇区链指向文件末尾之后，文件很可能不完整",
                    en: "the chain of sectors of the stream 'Workbook' points past the end of the file; the file is "
                        + "probably cut short"),
            OLECase(name: "a chain ending early", change: { $0.put32($0.fat + 4 * $0.workbookStart, 0xFFFF_FFFE) },
                    zh: "数据流“Workbook”比其目录项声明的短",
                    en: "the stream 'Workbook' is shorter than its directory entry declares"),
            OLECase(name: "a stream declaring 4 GiB", change: { $0.put32($0.entry("Workbook") + 0x78, 0xFFFF_FFF0) },
                    zh: "数据流“Workbook”声明有 4294967280 字节，比整个文件还大",
                    en: "the stream 'Workbook' declares 4294967280 bytes, more than the whole file"),
            OLECase(name: "two billion allocation-table sectors", change: { $0.put32(0x2C, 0x7FFF_FFFF) },
                    zh: "文件头声明的扇区比文件实际的多，文件很可能不完整",
                    en: "its header declares more sectors than the file holds; the file is probably cut short"),
            OLECase(name: "the directory past the end", change: { $0.put32(0x30, 0x0100_0000) },
                    zh: "目录的扇区链指向文件末尾之后，文件很可能不完整",
                    en: "the chain of sectors of the directory points past the end of the file; the file is probably cut short"),
        ])
        func damagedLegacyInBothLanguages(_ c: OLECase) throws {
            var layout = Layout(bytes: try HostileLegacyWorkbookTests.roster())
            c.change(&layout)
            let bytes = layout.bytes
            #expect(Language.$scoped.withValue(.zh) { HostileLegacyWorkbookTests.fails(bytes) } == .damagedArchive(detail: c.zh))
            #expect(Language.$scoped.withValue(.en) { HostileLegacyWorkbookTests.fails(bytes) } == .damagedArchive(detail: c.en))
        }
    }
}
