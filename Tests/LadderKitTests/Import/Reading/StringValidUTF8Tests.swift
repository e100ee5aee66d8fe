import Testing
@testable import LadderKit

/// `String(validUTF8:)` copies bytes the reader validated without validating them again: the
/// String must be the one `String(decoding:as:)` makes, equal, hashed and counted alike, whether
/// stored inline (15 bytes or fewer) or not, ASCII or not.
extension ReadingTests {
    @Suite struct StringValidUTF8Tests {
        struct Case: CustomTestStringConvertible, Sendable {
            let text: String
            let characters: Int
            var testDescription: String { "'\(text)' (\(text.utf8.count) bytes)" }
        }

        @Test(arguments: [
            Case(text: "", characters: 0),
            Case(text: "GR202136000001", characters: 14),
            Case(text: "123456789012345", characters: 15),
            Case(text: "1234567890123456", characters: 16),
            Case(text: "91360733746860349F", characters: 18),
            Case(text: "Jiangxi Copper Company Limited", characters: 30),
            Case(text: "赣州", characters: 2),
            Case(text: "赣州正泽医疗器械有限公司", characters: 12),
            Case(text: "Ganzhou 正泽 Medical Devices Co.", characters: 30),
            // e and a combining acute: one character, not NFC-composed.
            Case(text: "Cafe\u{301} Holdings International", characters: 27),
        ])
        func sameAsDecoding(_ c: Case) {
            let bytes = Array(c.text.utf8)
            let made = bytes.withUnsafeBufferPointer { String(validUTF8: $0) }
            #expect(made == c.text)
            #expect(made.count == c.characters)
            #expect(made.hashValue == c.text.hashValue)
            #expect(Array(made.utf8) == bytes)
        }

        /// A record with invalid bytes is read with `String(decoding:as:)`, which makes them U+FFFD.
        @Test func invalidRecordStillRepaired() {
            let bytes: [UInt8] = Array("赣州".utf8) + [0xFF] + Array("公司".utf8)
            let row = SheetRow(number: 2, text: RowText(separated: bytes, ends: [UInt32(bytes.count)]),
                               hadInvalidBytes: true, damage: nil)
            #expect(row.text(at: 0) == "赣州\u{FFFD}公司")
        }
    }
}
