import LadderKit
@testable import LadderPostgres
import NIOCore
import Testing

@Suite struct CopyTextFormatTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let row: [StoredValue]
        let line: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "integers and NULL", row: [.integer(7), .null, .integer(-9_223_372_036_854_775_808)],
             line: "7\t\\N\t-9223372036854775808\n"),
        Case(name: "text escapes", row: [.text("a\tb\\c\nd\re"), .text("江西众城"), .text("")],
             line: "a\\tb\\\\c\\nd\\re\t江西众城\t\n"),
        // Written whole when nothing needs escaping: an escape as the first or the last byte still counts.
        Case(name: "escapes at the ends", row: [.text("\n南昌"), .text("南昌\\"), .text("\r")],
             line: "\\n南昌\t南昌\\\\\t\\r\n"),
        Case(name: "long plain text", row: [.text("南昌市高新技术产业开发区江西众城新材料有限公司 (Nanchang)")],
             line: "南昌市高新技术产业开发区江西众城新材料有限公司 (Nanchang)\n"),
        Case(name: "real and blob", row: [.real(0.1), .real(-2.5e300), .blob([0, 15, 255])],
             line: "0.1\t-2.5e+300\t\\\\x000fff\n"),
    ])
    func encodes(_ c: Case) {
        var buffer = ByteBuffer()
        CopyTextFormat.encode([c.row], into: &buffer)
        #expect(String(buffer: buffer) == c.line)
    }
}
