#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import LadderKit

extension ReadingTests {
    @Suite struct TextEncodingTests {
        /// The committed file Python wrote with encoding gb18030, as Chinese Excel saves CSV.
        @Test(arguments: [TextEncoding.auto, .gb18030])
        func readsGB18030(_ encoding: TextEncoding) throws {
            let table = try ReadingSupport.read(path: ReadingSupport.fixture("gb18030-chinese-excel.csv"), encoding: encoding)
            #expect(table.encodingName == "gb18030")
            #expect(table.header == ["统一社会信用代码", "企业名称", "所属地区", "职工总数"])
            #expect(table.rows == [
                textRow(2, "91360733746860349F", "赣州正泽医疗器械有限公司", "赣州市", "５３"),
                textRow(3, "91361127642282732H", "余干𠮷安峰锂业有限公司,分公司", "上饶市", "148"),
                textRow(4, "91360100MA35XXXX1K", "价格€科技", "南昌市", "7"),
            ])
        }

        @Test func gb18030ReadAsUTF8FlagsEveryChineseRow() throws {
            let table = try ReadingSupport.read(path: ReadingSupport.fixture("gb18030-chinese-excel.csv"), encoding: .utf8)
            #expect(table.encodingName == "utf-8")
            #expect(table.rows.map(\.hadInvalidBytes) == [true, true, true])
            #expect(table.header.allSatisfy { $0.contains("\u{FFFD}") })
        }

        struct GBCase: CustomTestStringConvertible, Sendable {
            let name: String
            let bytes: [UInt8]
            let rows: [SheetRow]
            var testDescription: String { name }
        }

        @Test(arguments: [
            GBCase(name: "a lead byte before a space", bytes: Array("a,b\r\n".utf8) + [0x81, 0x20] + Array(",x\r\n1,2\r\n".utf8),
                   rows: [textRow(2, "\u{FFFD} ", "x", invalid: true), textRow(3, "1", "2")]),
            GBCase(name: "a lone lead byte at the end of the file", bytes: Array("a\n".utf8) + [0xB8],
                   rows: [textRow(2, "\u{FFFD}", invalid: true)]),
            GBCase(name: "0xFF is never valid", bytes: Array("a\n1".utf8) + [0xFF] + Array("2\n".utf8),
                   rows: [textRow(2, "1\u{FFFD}2", invalid: true)]),
        ])
        func invalidGB18030BecomesReplacement(_ c: GBCase) throws {
            let table = try ReadingSupport.read(bytes: c.bytes, encoding: .gb18030)
            #expect(table.rows == c.rows)
        }

        struct SniffCase: CustomTestStringConvertible, Sendable {
            let name: String
            let bytes: [UInt8]
            let truncated: Bool
            let resolved: ResolvedEncoding
            var testDescription: String { name }
        }

        @Test(arguments: [
            SniffCase(name: "BOM", bytes: [0xEF, 0xBB, 0xBF, 0x61], truncated: false, resolved: .utf8(bom: true)),
            SniffCase(name: "ASCII", bytes: Array("a,b\n".utf8), truncated: false, resolved: .utf8(bom: false)),
            SniffCase(name: "UTF-8 Chinese", bytes: Array("代码".utf8), truncated: false, resolved: .utf8(bom: false)),
            SniffCase(name: "GB18030 Chinese", bytes: [0xB4, 0xFA, 0xC2, 0xEB], truncated: false, resolved: .gb18030),
            SniffCase(name: "UTF-8 cut mid-character by the sample", bytes: Array("代码".utf8.dropLast()), truncated: true,
                      resolved: .utf8(bom: false)),
            SniffCase(name: "UTF-8 cut mid-character at the end of the file", bytes: Array("代码".utf8.dropLast()),
                      truncated: false, resolved: .gb18030),
        ])
        func autoDetection(_ c: SniffCase) {
            #expect(TextEncoding.auto.resolve(sample: c.bytes, truncated: c.truncated) == c.resolved)
        }

        /// Past the 64 KiB sample, invalid UTF-8 no longer changes the encoding: it flags its row.
        @Test func invalidUTF8AfterTheSampleFlagsItsRow() throws {
            let filler = String(repeating: "赣州市,360700\n", count: 5_000)
            let bytes = Array(("地区,代码\n" + filler).utf8) + [0xC0, 0xAF] + Array(",1\n南昌市,360100\n".utf8)
            let table = try ReadingSupport.read(bytes: bytes)
            #expect(table.encodingName == "utf-8")
            #expect(table.rows.count == 5_002)
            #expect(table.rows[5_000] == textRow(5_002, "\u{FFFD}\u{FFFD}", "1", invalid: true))
            #expect(table.rows[5_001] == textRow(5_003, "南昌市", "360100"))
            #expect(table.rows.filter(\.hadInvalidBytes).count == 1)
        }

        /// Two-byte GB18030 characters starting at odd offsets: the 1 MiB read boundaries split
        /// characters, which must be carried over, not replaced.
        @Test func gb18030CharactersSplitAcrossReads() throws {
            let line = "赣州正泽医疗器械有限公司,高新技术企业\r\n"
            let text = "x\r\n" + String(repeating: line, count: 60_000)
            let bytes = try #require(Self.gb18030(text))
            #expect(bytes.count > 2 << 20)
            let table = try ReadingSupport.read(bytes: bytes)
            #expect(table.encodingName == "gb18030")
            #expect(table.rows.count == 60_000)
            #expect(table.rows.allSatisfy { $0.cells == [.text("赣州正泽医疗器械有限公司"), .text("高新技术企业")] && !$0.hadInvalidBytes })
        }

        /// UTF-8 → GB18030 with iconv (Foundation on Linux has no GB18030 encoder).
        static func gb18030(_ text: String) -> [UInt8]? {
            guard let cd = iconv_open("GB18030", "UTF-8"), cd != iconv_t(bitPattern: -1) else { return nil }
            defer { iconv_close(cd) }
            var input = Array(text.utf8)
            var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
            let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = inBuffer.count, outLeft = outBuffer.count
                    guard iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1 else { return nil }
                    return outBuffer.count - outLeft
                }
            }
            return produced.map { Array(output[..<$0]) }
        }
    }
}
