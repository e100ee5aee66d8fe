import Testing
@testable import LadderKit

/// `CellShape.hasLineBreak` reads eight bytes at a time: a line feed or carriage return must be
/// found at any place in or between words, and nothing else taken for one.
@Suite struct CellShapeLineBreakTests {
    struct BreakCase: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let found: Bool
        var testDescription: String { name }
    }

    static func bytes(_ count: Int, breakAt: Int? = nil, as byte: UInt8 = 0x0A) -> [UInt8] {
        var bytes = [UInt8](repeating: UInt8(ascii: "7"), count: count)
        if let breakAt { bytes[breakAt] = byte }
        return bytes
    }

    @Test(arguments: [
        BreakCase(name: "empty", bytes: [], found: false),
        BreakCase(name: "18 digits", bytes: bytes(18), found: false),
        BreakCase(name: "a feed first", bytes: bytes(18, breakAt: 0), found: true),
        BreakCase(name: "a feed at the first word's end", bytes: bytes(18, breakAt: 7), found: true),
        BreakCase(name: "a feed at the second word's start", bytes: bytes(18, breakAt: 8), found: true),
        BreakCase(name: "a feed in the tail after two words", bytes: bytes(18, breakAt: 17), found: true),
        BreakCase(name: "a return alone", bytes: bytes(9, breakAt: 4, as: 0x0D), found: true),
        BreakCase(name: "a feed in a 7-byte cell", bytes: bytes(7, breakAt: 6), found: true),
        BreakCase(name: "CR LF", bytes: Array("赣州\r\n".utf8), found: true),
        BreakCase(name: "bytes one either side of a feed and a return", bytes: [0x09, 0x0B, 0x0C, 0x0E, 0x8A, 0x8D, 0x1A, 0x2D, 0x0B],
                  found: false),
        BreakCase(name: "CJK text", bytes: Array("赣州正泽医疗器械有限公司".utf8), found: false),
    ])
    func lineBreak(_ c: BreakCase) {
        #expect(c.bytes.withUnsafeBufferPointer(CellShape.hasLineBreak) == c.found)
    }
}
