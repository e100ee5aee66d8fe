import Testing
@testable import LadderKit

/// The CSV reader validates every non-ASCII cell's bytes (`UTF8Validation`): the three-byte fast
/// path taken by CJK characters must refuse exactly what the full check refuses.
extension ReadingTests {
    @Suite struct UTF8ValidationTests {
        struct ValidityCase: CustomTestStringConvertible, Sendable {
            let name: String
            let bytes: [UInt8]
            let valid: Bool
            var testDescription: String { name }
        }

        @Test(arguments: [
            ValidityCase(name: "empty", bytes: [], valid: true),
            ValidityCase(name: "ASCII", bytes: Array("9472.38".utf8), valid: true),
            ValidityCase(name: "赣 (E8 B5 A3)", bytes: [0xE8, 0xB5, 0xA3], valid: true),
            ValidityCase(name: "a CJK character across a word's end", bytes: Array("1234567赣州".utf8), valid: true),
            ValidityCase(name: "U+1000, the lowest E1 lead", bytes: [0xE1, 0x80, 0x80], valid: true),
            ValidityCase(name: "U+CFFF, the highest EC lead", bytes: [0xEC, 0xBF, 0xBF], valid: true),
            ValidityCase(name: "U+E000, the lowest EE lead", bytes: [0xEE, 0x80, 0x80], valid: true),
            ValidityCase(name: "U+FFFD", bytes: [0xEF, 0xBF, 0xBD], valid: true),
            ValidityCase(name: "U+D7FF, the last before the surrogates", bytes: [0xED, 0x9F, 0xBF], valid: true),
            ValidityCase(name: "a surrogate (ED A0 80)", bytes: [0xED, 0xA0, 0x80], valid: false),
            ValidityCase(name: "an overlong E0 80 80", bytes: [0xE0, 0x80, 0x80], valid: false),
            ValidityCase(name: "U+0800 (E0 A0 80)", bytes: [0xE0, 0xA0, 0x80], valid: true),
            ValidityCase(name: "a character cut at the end", bytes: [0x41, 0xE8, 0xB5], valid: false),
            ValidityCase(name: "a lead byte alone at the end", bytes: [0xE8], valid: false),
            ValidityCase(name: "ASCII where a continuation belongs", bytes: [0xE8, 0x41, 0xA3], valid: false),
            ValidityCase(name: "ASCII as the last continuation", bytes: [0xE8, 0xB5, 0x41], valid: false),
            ValidityCase(name: "a lone continuation byte", bytes: [0x41, 0x80, 0x41], valid: false),
            ValidityCase(name: "an overlong C0 80", bytes: [0xC0, 0x80], valid: false),
            ValidityCase(name: "U+00A0 (C2 A0)", bytes: [0xC2, 0xA0], valid: true),
            ValidityCase(name: "an emoji (F0 9F 98 80)", bytes: [0xF0, 0x9F, 0x98, 0x80], valid: true),
            ValidityCase(name: "past U+10FFFF (F4 90 80 80)", bytes: [0xF4, 0x90, 0x80, 0x80], valid: false),
            ValidityCase(name: "an F5 lead", bytes: [0xF5, 0x80, 0x80, 0x80], valid: false),
            ValidityCase(name: "GB18030 bytes of 赣州 read as UTF-8", bytes: [0xB8, 0xD3, 0xD6, 0xDD], valid: false),
            ValidityCase(name: "a run of CJK characters to the end", bytes: Array("赣州正泽医疗器械".utf8), valid: true),
            ValidityCase(name: "a run cut short at the end", bytes: Array("赣州正".utf8) + [0xE8, 0xB5], valid: false),
            ValidityCase(name: "a run, then ASCII where a continuation belongs", bytes: Array("赣州".utf8) + [0xE8, 0x41, 0xA3],
                         valid: false),
            ValidityCase(name: "a run, then a surrogate", bytes: Array("赣州".utf8) + [0xED, 0xA0, 0x80], valid: false),
            ValidityCase(name: "a run, then U+D7FF", bytes: Array("赣州".utf8) + [0xED, 0x9F, 0xBF], valid: true),
            ValidityCase(name: "a run, then an overlong E0 80 80", bytes: Array("赣州".utf8) + [0xE0, 0x80, 0x80], valid: false),
            ValidityCase(name: "a run, then an emoji, then a run", bytes: Array("赣州😀赣州".utf8), valid: true),
            ValidityCase(name: "a run, then a lone continuation byte", bytes: Array("赣州".utf8) + [0x80] + Array("州".utf8),
                         valid: false),
        ])
        func validity(_ c: ValidityCase) {
            #expect(c.bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == c.valid)
        }
    }
}
