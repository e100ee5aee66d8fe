import Testing
@testable import LadderKit

/// The reading thread fingerprints rows four at a time: every row must get the fingerprint it
/// gets alone, in order, blank rows passed over, and the rows read before an error handed on first.
@Suite struct FingerprintedRowsTests {
    /// Rows given one by one, then an error when `failAfter` rows were given.
    final class ListReader: RowReader {
        struct Broken: Error {}
        let header = ["统一社会信用代码", "企业名称"]
        let headerRowNumber = 1
        let bytesRead: Int64 = 0
        let totalBytes: Int64 = 0
        let encodingName = "utf-8"
        let isWorkbook = false
        private var rows: [SheetRow]
        private let failAfter: Int?
        private var given = 0

        init(_ rows: [SheetRow], failAfter: Int? = nil) {
            self.rows = rows.reversed()
            self.failAfter = failAfter
        }

        func next() throws -> SheetRow? {
            if given == failAfter { throw Broken() }
            given += 1
            return rows.popLast()
        }
    }

    static let parser = RowParser(columns: HeaderMatcher.match(["统一社会信用代码", "企业名称"]),
                                  headers: ["统一社会信用代码", "企业名称"], kind: .roster, options: ImportOptions(),
                                  today: Day(year: 2026, month: 1, day: 1)!, fileName: "roster.csv", isCSV: true)

    /// Row `number`: a CSV record, every fifth one held as values (a workbook's row), every seventh
    /// one with invalid bytes, row 4 all spaces. Names of different lengths, so the four differ.
    static func row(_ number: Int) -> SheetRow {
        let cells = number == 4 ? ["  ", " "] : ["91360733746860349F", String(repeating: "赣州", count: number) + "有限公司"]
        if number % 5 == 0 { return ReadingTests.RowTextCellsTests.valueRow(cells, number: number) }
        let row = ReadingTests.RowTextCellsTests.byteRow(cells, number: number)
        guard number % 7 == 0, case let .text(text) = row.storage else { return row }
        return SheetRow(number: number, text: text, hadInvalidBytes: true, damage: nil)
    }

    struct ListCase: CustomTestStringConvertible, Sendable {
        let rows: Int
        let failAfter: Int?
        /// The row numbers handed on, worked out by hand (row 4 is blank).
        let handed: [Int]
        let fails: Bool
        var testDescription: String { "\(rows) rows" + (failAfter.map { ", an error after \($0)" } ?? "") }
    }

    @Test(arguments: [
        ListCase(rows: 0, failAfter: nil, handed: [], fails: false),
        ListCase(rows: 1, failAfter: nil, handed: [1], fails: false),
        ListCase(rows: 3, failAfter: nil, handed: [1, 2, 3], fails: false),
        ListCase(rows: 5, failAfter: nil, handed: [1, 2, 3, 5], fails: false),
        ListCase(rows: 9, failAfter: nil, handed: [1, 2, 3, 5, 6, 7, 8, 9], fails: false),
        ListCase(rows: 13, failAfter: nil, handed: [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13], fails: false),
        ListCase(rows: 9, failAfter: 0, handed: [], fails: true),
        ListCase(rows: 9, failAfter: 2, handed: [1, 2], fails: true),
        ListCase(rows: 9, failAfter: 6, handed: [1, 2, 3, 5, 6], fails: true),
        ListCase(rows: 9, failAfter: 9, handed: [1, 2, 3, 5, 6, 7, 8, 9], fails: true),
    ])
    func sameAsOneByOne(_ c: ListCase) {
        let rows = (0..<c.rows).map { FingerprintedRowsTests.row($0 + 1) }
        var fingerprinted = FingerprintedRows(ListReader(rows, failAfter: c.failAfter), parser: FingerprintedRowsTests.parser)
        var handed: [Int] = []
        var failed = false
        do {
            while let (row, rawKey) = try fingerprinted.next() {
                handed.append(row.number)
                #expect(rawKey == FingerprintedRowsTests.parser.rawKey(row), "row \(row.number)")
            }
        } catch {
            failed = true
        }
        #expect(handed == c.handed)
        #expect(failed == c.fails)
    }

    /// The rows above, as fingerprinted: all distinct (a test of the test rows, so that a key put
    /// on the wrong row would show).
    @Test func rowsDiffer() {
        let keys = (1...13).filter { $0 != 4 }.map { FingerprintedRowsTests.parser.rawKey(FingerprintedRowsTests.row($0)) }
        #expect(Set(keys).count == 12)
    }
}
