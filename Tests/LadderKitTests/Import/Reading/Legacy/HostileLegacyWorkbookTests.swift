import Testing
@testable import LadderKit

extension ReadingTests {
    /// Broken and malicious .xls files: each must fail fast, in bounded memory, with a clear `ReadError`.
    @Suite struct HostileLegacyWorkbookTests {
        typealias B = BIFFBuilder

        static func fails(_ bytes: [UInt8], limits: ReadLimits = .standard) -> ReadError? {
            ReadingSupport.failure(bytes: bytes, suffix: ".xls", limits: limits)
        }

        static func roster() throws -> [UInt8] {
            try ReadingSupport.fixtureBytes("../xls/xlwt-roster.xls")
        }

        /// Where things are in a compound file with 512-byte sectors, to damage them.
        struct Layout {
            var bytes: [UInt8]
            static func sector(_ n: Int) -> Int { (n + 1) * 512 }
            var fat: Int { Layout.sector(Int(bytes.u32(at: 0x4C))) }
            /// The directory entry of the stream named `name`.
            func entry(_ name: String) -> Int {
                let directory = Layout.sector(Int(bytes.u32(at: 0x30)))
                return (0..<4).map { directory + 128 * $0 }.first { at in
                    String(decoding: (0..<Int(bytes.u16(at: at + 0x40)) / 2 - 1).map { bytes.u16(at: at + 2 * $0) },
                           as: UTF16.self) == name
                }!
            }
            var workbookStart: Int { Int(bytes.u32(at: entry("Workbook") + 0x74)) }
            mutating func put32(_ at: Int, _ value: UInt32) { CompoundFileBuilder.put32(&bytes, at, value) }
            mutating func rename(_ name: String, to new: String) {
                let at = entry(name)
                let units = Array(new.utf16) + [0]
                for i in 0..<32 { CompoundFileBuilder.put16(&bytes, at + 2 * i, i < units.count ? units[i] : 0) }
                CompoundFileBuilder.put16(&bytes, at + 0x40, UInt16(2 * units.count))
            }
        }

        static let cutShort = "the file is probably cut short"

        @Test func truncatedFixture() throws {
            #expect(Self.fails(try ReadingSupport.fixtureBytes("../xls/truncated.xls")) == .damagedArchive(
                detail: "its allocation table points past the end of the file; \(Self.cutShort)"))
        }

        @Test func cyclicFixture() throws {
            #expect(Self.fails(try ReadingSupport.fixtureBytes("../xls/cyclic-fat.xls")) == .damagedArchive(
                detail: "the chain of sectors of the stream 'Workbook' loops back on itself"))
        }

        /// Saved by LibreOffice with a password to open it: FILEPASS (RC4) right after the BOF.
        @Test func encryptedFixture() throws {
            #expect(Self.fails(try ReadingSupport.fixtureBytes("../xls/libreoffice-password.xls")) == .passwordProtected)
        }

        @Test(arguments: [600, 1000, 3000, 5000])
        func truncatedAnywhere(_ keep: Int) throws {
            let error = Self.fails(Array(try Self.roster().prefix(keep)))
            guard case let .damagedArchive(detail)? = error else {
                Issue.record("cut at \(keep): \(String(describing: error))")
                return
            }
            #expect(detail.hasSuffix(Self.cutShort), "\(detail)")
        }

        struct DamageCase: CustomTestStringConvertible, Sendable {
            let name: String
            let change: @Sendable (inout Layout) -> Void
            let error: ReadError
            var testDescription: String { name }
        }

        @Test(arguments: [
            DamageCase(name: "a chain pointing past the end of the file",
                       change: { $0.put32($0.fat + 4 * $0.workbookStart, 0x00FF_FFFF) },
                       error: .damagedArchive(detail: "the chain of sectors of the stream 'Workbook' points past the end "
                           + "of the file; \(cutShort)")),
            DamageCase(name: "a chain ending early", change: { $0.put32($0.fat + 4 * $0.workbookStart, 0xFFFF_FFFE) },
                       error: .damagedArchive(detail: "the stream 'Workbook' is shorter than its directory entry declares")),
            DamageCase(name: "a stream declaring 4 GiB", change: { $0.put32($0.entry("Workbook") + 0x78, 0xFFFF_FFF0) },
                       error: .damagedArchive(detail: "the stream 'Workbook' declares 4294967280 bytes, more than the whole file")),
            DamageCase(name: "two billion allocation-table sectors", change: { $0.put32(0x2C, 0x7FFF_FFFF) },
                       error: .damagedArchive(detail: "its header declares more sectors than the file holds; \(cutShort)")),
            DamageCase(name: "two billion DIFAT sectors", change: { $0.put32(0x48, 0x7FFF_FFFF) },
                       error: .damagedArchive(detail: "its header declares more sectors than the file holds; \(cutShort)")),
            DamageCase(name: "the directory past the end", change: { $0.put32(0x30, 0x0100_0000) },
                       error: .damagedArchive(detail: "the chain of sectors of the directory points past the end of the "
                           + "file; \(cutShort)")),
            DamageCase(name: "a bad byte-order mark", change: { $0.put32(0x1C, 0x0009_FEFF) },
                       error: .damagedArchive(detail: "its OLE2 header is not valid")),
            DamageCase(name: "a Word document", change: { $0.rename("Workbook", to: "WordDocument") },
                       error: .notAWorkbook(detail: "it looks like a Word document")),
            DamageCase(name: "no Workbook stream", change: { $0.rename("Workbook", to: "Contents") },
                       error: .notAWorkbook(detail: "it is an OLE2 compound file without a Workbook stream")),
            DamageCase(name: "an encrypted .xlsx", change: { $0.rename("Workbook", to: "EncryptedPackage") },
                       error: .passwordProtected),
            DamageCase(name: "FILEPASS in the globals", change: { layout in
                // xlwt's second record (after the 20-byte BOF) becomes FILEPASS.
                let at = Layout.sector(layout.workbookStart) + 20
                CompoundFileBuilder.put16(&layout.bytes, at, 0x002F)
            }, error: .passwordProtected),
            DamageCase(name: "Excel 5.0/95", change: { layout in
                CompoundFileBuilder.put16(&layout.bytes, Layout.sector(layout.workbookStart) + 4, 0x0500)
            }, error: .unsupportedArchive(detail: "the Excel 5.0/95 format (BIFF5)")),
            DamageCase(name: "Excel 4.0", change: { layout in
                CompoundFileBuilder.put16(&layout.bytes, Layout.sector(layout.workbookStart), 0x0409)
            }, error: .unsupportedArchive(detail: "the Excel 2.x–4.0 format")),
            DamageCase(name: "not a BIFF stream", change: { layout in
                CompoundFileBuilder.put16(&layout.bytes, Layout.sector(layout.workbookStart), 0x1234)
            }, error: .damagedArchive(detail: "its Workbook stream does not start like an Excel workbook")),
        ])
        func damagedRoster(_ c: DamageCase) throws {
            var layout = Layout(bytes: try Self.roster())
            c.change(&layout)
            #expect(Self.fails(layout.bytes) == c.error)
        }

        struct SheetCase: CustomTestStringConvertible, Sendable {
            let name: String
            var globals: [BIFFBuilder.Record] = []
            let records: [BIFFBuilder.Record]
            let error: ReadError
            var testDescription: String { name }
        }

        @Test(arguments: [
            SheetCase(name: "a shared string out of range", globals: [B.sst(["代码"])], records: [B.labelSST(0, 1, 7)],
                      error: .badCell(row: 1, detail: "cell B1 refers to shared string '7', but the workbook has 1")),
            SheetCase(name: "a NUMBER record too short", records: [B.record(0x0203, [0, 0, 0, 0, 15, 0])],
                      error: .damagedArchive(detail: "a NUMBER cell record in row 1 is 6 bytes long, shorter than the 14 "
                          + "it needs")),
            SheetCase(name: "MULRK columns that do not match",
                      records: [B.record(0x00BD, B.u16(0) + B.u16(2) + B.u16(15) + B.u32(6) + B.u16(9))],
                      error: .badCell(row: 1, detail: "a MULRK record's columns do not match its 1 values")),
            SheetCase(name: "a cell in column 5001", records: [B.label(0, 5000, "x")],
                      error: .tooManyColumns(row: 1, limit: 4096)),
            SheetCase(name: "a LABEL cut short", records: [B.record(0x0204, B.u16(2) + B.u16(0) + B.u16(15) + B.u16(40) + [0, 65])],
                      error: .badCell(row: 3, detail: "the text of cell A3 is cut short")),
            SheetCase(name: "a shared string table cut short",
                      globals: [B.record(0x00FC, B.u32(2) + B.u32(2) + B.string("a") + B.u16(9) + [0, 65])],
                      records: [B.labelSST(0, 0, 0)],
                      error: .damagedArchive(detail: "its shared string table is cut short after 1 strings")),
            SheetCase(name: "only blank cells", records: [B.blank(0, 0), B.blank(4, 2)], error: .emptySheet(name: "S")),
        ])
        func damagedSheet(_ c: SheetCase) {
            #expect(Self.fails(B.file(globals: B.xfs() + c.globals, sheets: [("S", c.records)])) == c.error)
        }

        @Test func recordRunningPastTheStream() {
            // A record declaring 200 bytes where only 3 and the sheet's EOF are left.
            let stream = B.workbook(sheets: [("S", [B.number(0, 0, 1), B.u16(0x0203) + B.u16(200) + [1, 2, 3]])])
            #expect(Self.fails(CompoundFileBuilder.build([("Workbook", stream)])) == .damagedArchive(
                detail: "the stream 'Workbook' ends inside a record; \(Self.cutShort)"))
        }

        @Test func sheetOffsetPointingElsewhere() {
            var stream = B.workbook(sheets: [("S", [B.number(0, 0, 1)])])
            // BOUNDSHEET's offset is the first field after the globals BOF (20 bytes) and its
            // header: 0 points at the globals' own BOF.
            CompoundFileBuilder.put32(&stream, 24, 0)
            #expect(Self.fails(CompoundFileBuilder.build([("Workbook", stream)])) == .damagedArchive(
                detail: "sheet 'S' is not where the workbook says it starts"))
        }

        @Test func onlyChartSheets() {
            #expect(Self.fails(B.file(sheets: [("图表", [])], charts: [0])) == .noWorksheets)
        }

        @Test func randomBytesAfterTheSignature() {
            var generator = SplitMix64(seed: 11)
            let bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
                + (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(Self.fails(bytes) == .damagedArchive(detail: "its OLE2 header is not valid"))
        }
    }
}
