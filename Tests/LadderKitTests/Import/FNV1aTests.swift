import Testing
@testable import LadderKit

/// Row fingerprints are stored in the registry and compared on re-import: their values must never
/// change, whichever way the bytes are read (each value below is 64-bit FNV-1a of the text's UTF-8
/// and the 0 byte that ends every added text, worked out apart from ladder).
@Suite struct FNV1aTests {
    struct HashCase: CustomTestStringConvertible, Sendable {
        let text: String
        let value: UInt64
        var testDescription: String { "\(text.utf8.count) bytes: \(text)" }
    }

    static let cases = [
        HashCase(text: "", value: 0xaf63_bd4c_8601_b7df),
        HashCase(text: "a", value: 0x089b_e207_b544_f1e4),
        HashCase(text: "9472.38", value: 0x480c_3acc_2db7_9bae),
        HashCase(text: "GR202336", value: 0x0462_e024_debd_49b4),
        HashCase(text: "GR2023360", value: 0x30a9_72a6_7b19_a52c),
        HashCase(text: "GR2023360001234", value: 0x7120_daa9_33cb_6268),
        HashCase(text: "GR20233600012345", value: 0x05a3_d383_021c_0ed5),
        HashCase(text: "GR202336000123456", value: 0xb191_389c_95ca_1389),
        HashCase(text: "91360733746860349F", value: 0xcb6a_7227_dd7a_b4b6),
        // A character's bytes split across two words.
        HashCase(text: "a赣州b", value: 0x114e_b904_d195_9e98),
        HashCase(text: "生物与新医药", value: 0xc805_74c9_1db8_572e),
        HashCase(text: "赣州正泽医疗器械有限公司", value: 0x8ce8_4b49_06fc_56ca),
    ]

    @Test(arguments: cases)
    func text(_ c: HashCase) {
        #expect(FNV1a.value(of: c.text) == c.value)
    }

    /// The bytes as a CSV record holds them, at every offset from a word's start.
    @Test(arguments: cases)
    func bytesAtAnyOffset(_ c: HashCase) {
        for offset in 0..<8 {
            let buffer = [UInt8](repeating: 0xEE, count: offset) + Array(c.text.utf8) + [0xEE, 0xEE]
            var hasher = FNV1a()
            buffer.withUnsafeBufferPointer { hasher.add(bytes: UnsafeBufferPointer(rebasing: $0[offset..<offset + c.text.utf8.count])) }
            #expect(hasher.value == c.value, "offset \(offset)")
        }
    }

    /// A CSV record's fingerprint: its cells one after the other, each ended by a 0 byte.
    @Test func recordOfThreeCells() {
        var hasher = FNV1a()
        ReadingTests.RowTextCellsTests.byteRow(["a", "2023", "b"]).addCells(to: &hasher, skipping: nil)
        #expect(hasher.value == 0xbc84_77b6_4324_52dd)
    }

    /// Four texts of different lengths hashed in one loop (`add(bytes:to:)`, how the reading thread
    /// fingerprints four rows): each gives its own value, every run of four cases in turn.
    @Test func fourAtOnce() {
        let cases = FNV1aTests.cases
        for first in 0...(cases.count - 4) {
            let texts = (0..<4).map { Array(cases[first + $0].text.utf8) }
            var hashers = (FNV1a(), FNV1a(), FNV1a(), FNV1a())
            texts[0].withUnsafeBufferPointer { a in
                texts[1].withUnsafeBufferPointer { b in
                    texts[2].withUnsafeBufferPointer { c in
                        texts[3].withUnsafeBufferPointer { d in FNV1a.add(bytes: (a, b, c, d), to: &hashers) }
                    }
                }
            }
            let values = [hashers.0.value, hashers.1.value, hashers.2.value, hashers.3.value]
            #expect(values == (0..<4).map { cases[first + $0].value }, "cases \(first)...\(first + 3)")
        }
    }
}
