/// Reads a file and prepares its rows exactly as an import's reading thread does (fingerprints,
/// code, parse), on the calling thread, with no registry and nothing written: how fast one core
/// reads and parses, timed by `ladder-bench-parse`. For benchmarks only.
@_spi(Benchmark) public enum ReadingBenchmark {
    public struct Result: Sendable {
        /// Non-blank data rows, and those the parser rejected.
        public let rows: Int
        public let rejected: Int
        public let bytes: Int64
        public let encoding: String
    }

    /// `today` stands for the import's day (the library never reads the clock).
    public static func run(path: String, options: ImportOptions = ImportOptions(), today: Day) throws -> Result {
        let (reader, columns, kind) = try Importer.openTable(path: path, options: options)
        let parser = RowParser(columns: columns, headers: reader.header, kind: kind, options: options, today: today,
                               fileName: path, isCSV: !reader.isWorkbook)
        var rows = 0, rejected = 0
        // A first import: no row can be known unchanged, so every row is parsed.
        var fingerprinted = FingerprintedRows(reader, parser: parser)
        while let (row, rawKey) = try fingerprinted.next() {
            let item = RowPipeline.prepare(row, rawKey: rawKey, parser: parser, mayBeUnchanged: { _ in false })
            rows += 1
            if item.outcome?.errors.isEmpty == false { rejected += 1 }
        }
        return Result(rows: rows, rejected: rejected, bytes: reader.totalBytes, encoding: reader.encodingName)
    }
}
