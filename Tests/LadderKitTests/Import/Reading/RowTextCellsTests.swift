import Foundation
import Testing
@testable import LadderKit

/// A CSV record's cells held as one buffer of bytes (`RowText`) must read exactly as the same
/// cells held as values: the text staff see, blankness, the fingerprint, equality.
extension ReadingTests {
    @Suite struct RowTextCellsTests {
        struct CellCase: CustomTestStringConvertible, Sendable {
            let name: String
            let raw: String
            let text: String
            var testDescription: String { name }
        }

        /// The row with `cells` as the CSV reader holds it.
        static func byteRow(_ cells: [String], number: Int = 2) -> SheetRow {
            var bytes: [UInt8] = [], ends: [UInt32] = []
            for cell in cells {
                bytes += cell.utf8
                ends.append(UInt32(bytes.count))
            }
            return SheetRow(number: number, text: RowText(bytes: bytes, ends: ends), hadInvalidBytes: false, damage: nil)
        }

        static func valueRow(_ cells: [String], number: Int = 2) -> SheetRow {
            SheetRow(number: number, cells: cells.map { $0.isEmpty ? .empty : .text($0) })
        }

        @Test(arguments: [
            CellCase(name: "a plain amount", raw: "9472.38", text: "9472.38"),
            CellCase(name: "empty", raw: "", text: ""),
            CellCase(name: "spaces only", raw: "   ", text: ""),
            CellCase(name: "an ideographic space only", raw: "\u{3000}", text: ""),
            CellCase(name: "full-width digits", raw: "１２３４５６７８９", text: "123456789"),
            CellCase(name: "full-width brackets are kept", raw: "赣州（集团）有限公司", text: "赣州（集团）有限公司"),
            CellCase(name: "a full-width digit as the ninth byte", raw: "abcdefgh１", text: "abcdefgh1"),
            CellCase(name: "a full-width comma inside the first eight bytes", raw: "abcdefg，x", text: "abcdefg,x"),
            CellCase(name: "spaces around a name", raw: " 江西 ", text: "江西"),
            CellCase(name: "a long clean name", raw: "江西省南昌市红谷滩区丰和中大道", text: "江西省南昌市红谷滩区丰和中大道"),
            CellCase(name: "no-break spaces around a number", raw: "\u{00A0}50\u{00A0}", text: "50"),
        ])
        func readsAsValues(_ c: CellCase) {
            let cells = ["91360733746860349F", c.raw, "x"]
            let bytes = RowTextCellsTests.byteRow(cells), values = RowTextCellsTests.valueRow(cells)
            #expect(bytes.text(at: 1) == c.text)
            #expect(values.text(at: 1) == c.text)
            #expect(bytes.isBlank(at: 1) == c.text.isEmpty)
            #expect(bytes.isEmpty(at: 1) == c.raw.isEmpty)
            #expect(bytes.cell(at: 1) == (c.raw.isEmpty ? .empty : .text(c.raw)))
            #expect(bytes.cells == values.cells)
            #expect(bytes == values)
            var a = FNV1a(), b = FNV1a()
            bytes.addCells(to: &a, skipping: nil)
            values.addCells(to: &b, skipping: nil)
            #expect(a.value == b.value)
        }

        @Test func pastTheRowsEnd() {
            let row = RowTextCellsTests.byteRow(["a", ""])
            #expect(row.cellCount == 2)
            #expect(row.text(at: 5) == "")
            #expect(row.isBlank(at: 5))
            #expect(row.cell(at: 5) == .empty)
            #expect(!row.isBlank)
            #expect(RowTextCellsTests.byteRow(["", " ", "\u{3000}"]).isBlank)
        }

        @Test func fingerprintLeavesOutMarkedColumns() {
            let row = RowTextCellsTests.byteRow(["a", "2023", "b"])
            var skipped = FNV1a(), written = FNV1a()
            row.addCells(to: &skipped, skipping: [false, true])
            written.add("a")
            written.add("b")
            #expect(skipped.value == written.value)
        }

        struct LineCase: CustomTestStringConvertible, Sendable {
            let raw: String
            let plain: Bool
            var testDescription: String { "\(raw) → \(plain)" }
        }

        /// Plain data: surely no 合计/注 line and no page number, told from the bytes; false leaves it to the text.
        @Test(arguments: [
            LineCase(raw: "91360733746860349F", plain: true),
            LineCase(raw: "123456789", plain: true),
            LineCase(raw: "Acme", plain: true),
            LineCase(raw: "3", plain: false),
            LineCase(raw: "12345678", plain: false),
            LineCase(raw: "- 3 -", plain: false),
            LineCase(raw: "3/12", plain: false),
            LineCase(raw: "第3页", plain: false),
            LineCase(raw: "合计", plain: false),
            LineCase(raw: " 3", plain: false),
            LineCase(raw: "'3", plain: false),
        ])
        func plainData(_ c: LineCase) {
            #expect(RowTextCellsTests.byteRow([c.raw]).isPlainData(at: 0) == c.plain)
            #expect(!RowTextCellsTests.valueRow([c.raw]).isPlainData(at: 0))
        }

        struct HeaderCase: CustomTestStringConvertible, Sendable {
            let name: String
            let cell: String
            let header: String
            let same: Bool
            var testDescription: String { name }
        }

        @Test(arguments: [
            HeaderCase(name: "the header again", cell: "统一社会信用代码", header: "统一社会信用代码", same: true),
            HeaderCase(name: "a code under a Chinese header", cell: "91360733746860349F", header: "统一社会信用代码", same: false),
            HeaderCase(name: "an ASCII header again", cell: "code", header: "code", same: true),
            HeaderCase(name: "another ASCII word", cell: "code1", header: "code", same: false),
            // U+212A KELVIN SIGN is canonically the letter K: the same text in other bytes.
            HeaderCase(name: "the Kelvin sign is K", cell: "K", header: "\u{212A}", same: true),
        ])
        func headerCell(_ c: HeaderCase) {
            let decomposed = Array(c.header.decomposedStringWithCanonicalMapping.utf8)
            #expect(RowTextCellsTests.byteRow([c.cell]).isHeaderCell(at: 0, header: c.header, decomposed: decomposed) == c.same)
            #expect((c.cell == c.header) == c.same)
        }
    }
}

private extension RowText {
    /// Cells given one after the other with nothing between them, `ends` where each ends, laid out
    /// as the reader lays them (a zero byte between cells), and said to hold a line break only
    /// when one does, as the reader says of a record read without quotes.
    init(bytes packed: [UInt8], ends packedEnds: [UInt32]) {
        var bytes: [UInt8] = [], ends: [UInt32] = []
        var start = 0
        for (index, end) in packedEnds.enumerated() {
            if index > 0 { bytes.append(0) }
            bytes += packed[start..<Int(end)]
            ends.append(UInt32(bytes.count))
            start = Int(end)
        }
        self.init(separated: bytes, ends: ends, mayHoldLineBreaks: packed.contains { $0 == 0x0A || $0 == 0x0D })
    }
}
