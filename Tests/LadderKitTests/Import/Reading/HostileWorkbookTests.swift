import Foundation
import Testing
@testable import LadderKit

extension ReadingTests {
    /// Broken and malicious workbooks: each must fail fast with a clear `ReadError`.
    @Suite struct HostileWorkbookTests {
        static let sheetPath = "xl/worksheets/sheet1.xml"

        static func roster() throws -> [UInt8] {
            try ReadingSupport.fixtureBytes("openpyxl-roster.xlsx")
        }

        static func fails(_ bytes: [UInt8], limits: ReadLimits = .standard) -> ReadError? {
            ReadingSupport.failure(bytes: bytes, suffix: ".xlsx", limits: limits)
        }

        /// Entities that expand exponentially: refused at the DTD, before any expansion.
        @Test func billionLaughs() {
            var dtd = "<!DOCTYPE worksheet [<!ENTITY lol \"lol\">"
            for level in 1...9 {
                let previous = "&lol\(level == 1 ? "" : String(level - 1));"
                dtd += "<!ENTITY lol\(level) \"" + String(repeating: previous, count: 10) + "\">"
            }
            dtd += "]>"
            let sheet = "<?xml version=\"1.0\"?>\(dtd)<worksheet xmlns=\"\(TestWorkbook.main)\"><sheetData>"
                + "<row><c t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"
            let bytes = ZipBuilder.build(TestWorkbook.parts(sheets: [("S", sheet)]))
            #expect(Self.fails(bytes) == .xmlDeclarations(part: Self.sheetPath))
        }

        @Test func externalEntityInTheWorkbookPart() {
            var parts = TestWorkbook.parts(sheets: [("S", TestWorkbook.sheet("<row><c><v>1</v></c></row>"))])
            parts[1] = .init("xl/workbook.xml",
                             "<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><workbook>&x;</workbook>")
            #expect(Self.fails(ZipBuilder.build(parts)) == .xmlDeclarations(part: "xl/workbook.xml"))
        }

        struct LimitCase: CustomTestStringConvertible, Sendable {
            let name: String
            let sheetBytes: Int
            var declaredSize: Int? = nil
            let error: ReadError
            var testDescription: String { name }
        }

        /// A sheet of 8 MiB that deflates to a few KiB, against 1 MiB limits, and headers that lie.
        @Test(arguments: [
            LimitCase(name: "inflates past the part limit, declaring exactly the limit", sheetBytes: 8 << 20,
                      declaredSize: 1 << 20, error: .partTooLarge(path: sheetPath, limit: 1 << 20)),
            LimitCase(name: "declares more than the part limit, honestly", sheetBytes: 8 << 20,
                      error: .partTooLarge(path: sheetPath, limit: 1 << 20)),
            LimitCase(name: "declares more than the part limit", sheetBytes: 1000, declaredSize: (1 << 20) + 1,
                      error: .partTooLarge(path: sheetPath, limit: 1 << 20)),
            LimitCase(name: "inflates past its declared size", sheetBytes: 8 << 20, declaredSize: 4096,
                      error: .damagedArchive(detail: "'\(sheetPath)' unpacks to more bytes than its header declares")),
        ])
        func zipBomb(_ c: LimitCase) {
            let row = "<row><c t=\"inlineStr\"><is><t>lol</t></is></c></row>"
            let rows = String(repeating: row, count: c.sheetBytes / row.utf8.count)
            var parts = TestWorkbook.parts(sheets: [("S", TestWorkbook.sheet(rows))])
            parts[2].declaredSize = c.declaredSize
            let small = limits { $0.maxEntryBytes = 1 << 20; $0.maxWorkbookBytes = 4 << 20 }
            #expect(Self.fails(ZipBuilder.build(parts), limits: small) == c.error)
        }

        @Test func partsTogetherPastTheWorkbookLimit() {
            let row = "<row><c t=\"inlineStr\"><is><t>lol</t></is></c></row>"
            let big = TestWorkbook.sheet(String(repeating: row, count: (900 << 10) / row.utf8.count))
            let bytes = ZipBuilder.build(TestWorkbook.parts(sheets: [("A", big)], sharedStrings: big, styles: big))
            let small = limits { $0.maxEntryBytes = 1 << 20; $0.maxWorkbookBytes = 2 << 20 }
            #expect(Self.fails(bytes, limits: small) == .workbookTooLarge(limit: 2 << 20))
        }

        @Test func standardLimitRefusesAHugeDeclaredSize() {
            var parts = TestWorkbook.parts(sheets: [("S", TestWorkbook.sheet("<row><c><v>1</v></c></row>"))])
            parts[2].declaredSize = 600 << 20
            #expect(Self.fails(ZipBuilder.build(parts)) == .partTooLarge(path: Self.sheetPath, limit: 512 << 20))
        }

        struct DamageCase: CustomTestStringConvertible, Sendable {
            let name: String
            let change: @Sendable (inout ZipBuilder.Entry) -> Void
            let error: ReadError
            var testDescription: String { name }
        }

        @Test(arguments: [
            // A stored deflate block claiming 65,535 bytes that the entry does not have: zlib wants
            // more input than the entry holds (ZIPFoundation 0.9.20 spins forever here).
            DamageCase(name: "deflate stream runs past the entry",
                       change: { $0.compressed = [0x00, 0xFF, 0xFF, 0x00, 0x00, 0x3C] },
                       error: .damagedArchive(
                           detail: "the compressed data of '\(sheetPath)' ends early; the file is probably truncated")),
            DamageCase(name: "corrupt deflate data", change: { $0.compressed = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF] },
                       error: .damagedArchive(detail: "the compressed data of '\(sheetPath)' is corrupt")),
            DamageCase(name: "wrong checksum", change: { $0.crc = 0xDEAD_BEEF },
                       error: .damagedArchive(detail: "'\(sheetPath)' fails its checksum")),
            DamageCase(name: "encrypted", change: { $0.flags |= 1 },
                       error: .unsupportedArchive(detail: "encryption (a password)")),
            DamageCase(name: "LZMA", change: { $0.method = 14 }, error: .unsupportedArchive(detail: "zip compression method 14")),
            DamageCase(name: "UTF-16 XML", change: { $0.data = [0xFF, 0xFE, 0x3C, 0x00]; $0.crc = nil },
                       error: .malformedXML(part: sheetPath, detail: "it is UTF-16, not UTF-8")),
            DamageCase(name: "XML cut inside a row",
                       change: { $0.data = Array("<worksheet><sheetData><row><c><v>1</v></c>".utf8) },
                       error: .malformedXML(part: sheetPath, detail: "it ends inside row 1")),
            DamageCase(name: "XML cut inside a tag", change: { $0.data = Array("<worksheet><sheetData><row r=\"1".utf8) },
                       error: .malformedXML(part: sheetPath, detail: "it ends inside an attribute value")),
            DamageCase(name: "bad cell reference",
                       change: { $0.data = Array(TestWorkbook.sheet("<row><c r=\"1A\"><v>1</v></c></row>").utf8) },
                       error: .badCell(row: 1, detail: "the cell reference '1A' is not valid")),
            DamageCase(name: "row number out of range",
                       change: { $0.data = Array(TestWorkbook.sheet("<row r=\"1048577\"/>").utf8) },
                       error: .badCell(row: 1, detail: "the row number '1048577' is not between 1 and 1048576")),
            DamageCase(name: "shared string out of range",
                       change: { $0.data = Array(TestWorkbook.sheet("<row><c r=\"B1\" t=\"s\"><v>7</v></c></row>").utf8) },
                       error: .badCell(row: 1, detail: "cell B1 refers to shared string '7', but the workbook has 0")),
            DamageCase(name: "10,000 columns", change: {
                $0.data = Array(TestWorkbook.sheet("<row>" + String(repeating: "<c><v>1</v></c>", count: 10_000) + "</row>").utf8)
            }, error: .tooManyColumns(row: 1, limit: 4096)),
            DamageCase(name: "no rows", change: { $0.data = Array(TestWorkbook.sheet("<row r=\"5\"/>").utf8) },
                       error: .emptySheet(name: "S")),
        ])
        func damagedSheet(_ c: DamageCase) {
            var parts = TestWorkbook.parts(sheets: [("S", TestWorkbook.sheet("<row><c><v>1</v></c></row>"))])
            c.change(&parts[2])
            #expect(Self.fails(ZipBuilder.build(parts)) == c.error)
        }

        @Test func nulBytesInXMLAreData() throws {
            let table = try ReadingSupport.read(bytes: TestWorkbook.bytes(
                "<row><c t=\"inlineStr\"><is><t>a\u{0}b</t></is></c></row><row><c t=\"inlineStr\"><is><t>\u{0}</t></is></c></row>"),
                suffix: ".xlsx")
            #expect(table.header == ["a\u{0}b"])
            #expect(table.rows == [SheetRow(number: 2, cells: [.text("\u{0}")])])
        }

        @Test(arguments: [100, 5000])
        func truncatedZip(_ keep: Int) throws {
            let bytes = Array(try Self.roster().prefix(keep))
            #expect(Self.fails(bytes) == .damagedArchive(
                detail: "the end of the zip directory is missing; the file is probably cut short"))
        }

        @Test func randomBytesAfterZipMagic() {
            var generator = SplitMix64(seed: 7)
            let bytes = [0x50, 0x4B, 0x03, 0x04] + (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(Self.fails(bytes) == .damagedArchive(
                detail: "the end of the zip directory is missing; the file is probably cut short"))
        }

        @Test func randomBytes() {
            var generator = SplitMix64(seed: 11)
            let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(ReadingSupport.failure(bytes: bytes) == .binary)
        }

        struct NotWorkbookCase: CustomTestStringConvertible, Sendable {
            let name: String
            let entries: [String]
            let detail: String
            var testDescription: String { name }
        }

        @Test(arguments: [
            NotWorkbookCase(name: "OpenDocument", entries: ["mimetype", "content.xml"],
                            detail: "it looks like an OpenDocument (.ods) file"),
            NotWorkbookCase(name: "Word", entries: ["word/document.xml"], detail: "it looks like a Word document"),
            NotWorkbookCase(name: "any zip", entries: ["readme.txt"], detail: "it has no xl/workbook.xml"),
        ])
        func zipThatIsNoWorkbook(_ c: NotWorkbookCase) {
            let bytes = ZipBuilder.build(c.entries.map { .init($0, "x") })
            #expect(Self.fails(bytes) == .notAWorkbook(detail: c.detail))
        }

        @Test func onlyChartSheets() {
            let bytes = ZipBuilder.build([
                .init("xl/workbook.xml",
                      "<workbook xmlns:r=\"r\"><sheets><sheet name=\"Chart1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
                .init("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" "
                    + "Type=\"\(TestWorkbook.relationships)/chartsheet\" Target=\"chartsheets/sheet1.xml\"/></Relationships>"),
            ])
            #expect(Self.fails(bytes) == .noWorksheets)
        }

        @Test func missingSheetPart() {
            var parts = TestWorkbook.parts(sheets: [("S", TestWorkbook.sheet(""))])
            parts.remove(at: 2)
            #expect(Self.fails(ZipBuilder.build(parts)) == .missingPart(path: Self.sheetPath))
        }
    }
}
