import Testing
@_spi(Benchmark) @testable import LadderKit

/// The reading benchmark does an import's reading-thread work with nothing written: it must see
/// the rows and rejections an import of the same file reports.
@Suite struct ReadingBenchmarkTests {
    struct FileCase: CustomTestStringConvertible, Sendable {
        let fixture: String
        let rows: Int
        let rejected: Int
        let encoding: String
        var testDescription: String { fixture }
    }

    @Test(arguments: [
        FileCase(fixture: "clean-roster.csv", rows: 2, rejected: 0, encoding: "utf-8"),
        FileCase(fixture: "damaged-credit-code.csv", rows: 4, rejected: 3, encoding: "utf-8"),
        FileCase(fixture: "mojibake.csv", rows: 2, rejected: 1, encoding: "utf-8"),
        FileCase(fixture: "gb18030.csv", rows: 1, rejected: 0, encoding: "gb18030"),
    ])
    func countsAsAnImport(_ c: FileCase) throws {
        let path = ImportFixture.path(c.fixture)
        let result = try ReadingBenchmark.run(path: path, today: day("2025-03-01"))
        #expect(result.rows == c.rows)
        #expect(result.rejected == c.rejected)
        #expect(result.encoding == c.encoding)
        let report = try importFile(path, into: try Registry.inMemory()) { $0.dryRun = true }
        #expect(report.rows == result.rows)
        #expect(report.rejected == result.rejected)
    }
}
