import Foundation
import Testing
@testable import LadderKit

extension ReadingTests {
    /// Mutated CSV, XLSX and XLS inputs (bit flips, truncations, insertions, duplications) must end in
    /// rows or a `ReadError`: never a crash, a hang or another error.
    ///
    /// Seeds are fixed so CI is deterministic; `scripts/fuzz-readers.sh` runs a longer campaign
    /// through `LADDER_FUZZ_ITERATIONS` and `LADDER_FUZZ_SEED`.
    @Suite struct ReaderFuzzTests {
        static let environment = ProcessInfo.processInfo.environment
        static let iterations = environment["LADDER_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 150
        static let seed = environment["LADDER_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_231_101

        /// Small limits so that mutations reach them too.
        static let fuzzLimits = limits {
            $0.maxFieldBytes = 4096
            $0.maxRecordBytes = 16_384
            $0.maxColumns = 64
            $0.maxSheetColumns = 64
            $0.maxEntryBytes = 1 << 20
            $0.maxWorkbookBytes = 2 << 20
        }

        static let csv = Array(("统一社会信用代码,企业名称,备注\r\n"
            + "91360733746860349F,\"赣州, 正泽\",\"说\"\"好\"\"\n第二行\"\r\n"
            + "\t,,\r\n\"未闭合,x\ny\r\n").utf8) + [0xB8, 0xDF, 0x2C, 0xFF, 0x0A, 0x00, 0x0D]

        /// Stored (uncompressed) parts, so byte mutations reach the XML scanner, not just zlib.
        static let storedWorkbook = ZipBuilder.build(TestWorkbook.parts(
            sheets: [("S", TestWorkbook.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>a&amp;b</t></r>"
                + "</is></c></row><row><c s=\"1\"><v>45231</v></c><c t=\"b\"><v>1</v></c><c t=\"e\"><v>#N/A</v></c><c t=\"str\">"
                + "<f>1</f><v>x</v></c></row><!-- c --><row r=\"9\"><c r=\"D9\"><v><![CDATA[7]]></v></c></row>"))],
            sharedStrings: "<sst><si><t>代码</t><rPh><t>x</t></rPh></si></sst>",
            styles: TestWorkbook.styles(numberFormats: [0, 164], custom: [(164, "yyyy-mm-dd")]), deflate: false))

        enum Input: String, CaseIterable { case csv, storedWorkbook, openpyxl, libreOffice, xlwtXLS, libreOfficeXLS }

        @Test(.timeLimit(.minutes(5)), arguments: Input.allCases)
        func mutatedInputsFailCleanly(_ input: Input) throws {
            let original: [UInt8]
            switch input {
            case .csv: original = Self.csv
            case .storedWorkbook: original = Self.storedWorkbook
            case .openpyxl: original = try ReadingSupport.fixtureBytes("openpyxl-roster.xlsx")
            case .libreOffice: original = try ReadingSupport.fixtureBytes("libreoffice-roster.xlsx")
            case .xlwtXLS: original = try ReadingSupport.fixtureBytes("../xls/xlwt-roster.xls")
            case .libreOfficeXLS: original = try ReadingSupport.fixtureBytes("../xls/libreoffice-merged-title.xls")
            }
            var generator = SplitMix64(seed: Self.seed &+ UInt64(Input.allCases.firstIndex(of: input)!))
            for iteration in 0..<Self.iterations {
                let mutated = Self.mutate(original, using: &generator)
                let started = Date()
                do {
                    _ = try ReadingSupport.read(bytes: mutated, limits: Self.fuzzLimits)
                } catch is ReadError {
                } catch {
                    Issue.record("\(input) iteration \(iteration) (seed \(Self.seed)): unexpected \(error)")
                }
                let seconds = Date().timeIntervalSince(started)
                #expect(seconds < 5, "\(input) iteration \(iteration) (seed \(Self.seed)) took \(seconds) s")
            }
        }

        /// One to four random edits.
        static func mutate(_ bytes: [UInt8], using generator: inout SplitMix64) -> [UInt8] {
            var out = bytes
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                guard !out.isEmpty else { break }
                let at = Int.random(in: 0..<out.count, using: &generator)
                switch Int.random(in: 0..<6, using: &generator) {
                case 0:
                    out[at] ^= 1 << UInt8.random(in: 0...7, using: &generator)
                case 1:
                    out[at] = UInt8.random(in: 0...255, using: &generator)
                case 2:
                    out.removeSubrange(at...)
                case 3:
                    let interesting: [UInt8] = Array("<>\"'&;/=,\r\n\t#".utf8) + [0x00, 0xFF, 0x80, 0xE4]
                    out.insert(interesting.randomElement(using: &generator)!, at: at)
                case 4:
                    let end = min(out.count, at + Int.random(in: 1...64, using: &generator))
                    out.insert(contentsOf: out[at..<end], at: at)
                default:
                    let end = min(out.count, at + Int.random(in: 1...64, using: &generator))
                    out.removeSubrange(at..<end)
                }
            }
            return out
        }
    }
}
