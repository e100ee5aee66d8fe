import Testing
@testable import LadderKit

/// `CellText.isBlank` answers without normalising most cells; it must agree with `of(cell).isEmpty`.
@Suite struct CellTextBlankTests {
    struct BlankCase: CustomTestStringConvertible, Sendable {
        let cell: CellValue
        let blank: Bool
        var testDescription: String { "\(cell) → \(blank)" }
    }

    @Test(arguments: [
        BlankCase(cell: .empty, blank: true),
        BlankCase(cell: .text(""), blank: true),
        BlankCase(cell: .text(" \t"), blank: true),
        BlankCase(cell: .text("\u{3000}\u{00A0}\r\n"), blank: true),
        BlankCase(cell: .text("'"), blank: false),
        BlankCase(cell: .text("a"), blank: false),
        BlankCase(cell: .text("~"), blank: false),
        BlankCase(cell: .text("  a  "), blank: false),
        BlankCase(cell: .text("\u{3000}江西"), blank: false),
        BlankCase(cell: .number("0"), blank: false),
        BlankCase(cell: .bool(false), blank: false),
    ])
    func blank(_ c: BlankCase) {
        #expect(CellText.isBlank(c.cell) == c.blank)
        #expect(CellText.of(c.cell).isEmpty == c.blank)
    }
}
