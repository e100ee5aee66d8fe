extension ReadingBenchmark {
    /// Writes every row as the reading thread prepares it (fingerprints, year, code, and the whole
    /// outcome through `dump`), one row after another: two dumps of one file compare equal when a
    /// change to reading or parsing left every result as it was.
    public static func dump(path: String, options: ImportOptions = ImportOptions(), today: Day,
                            to output: inout some TextOutputStream) throws {
        let (reader, columns, kind) = try Importer.openTable(path: path, options: options)
        let parser = RowParser(columns: columns, headers: reader.header, kind: kind, options: options, today: today,
                               fileName: path, isCSV: !reader.isWorkbook)
        var rows = FingerprintedRows(reader, parser: parser)
        while let (row, rawKey) = try rows.next() {
            let item = RowPipeline.prepare(row, rawKey: rawKey, parser: parser, mayBeUnchanged: { _ in false })
            print("row \(row.number) raw \(item.rawKey) firm \(item.rawFirmKey) year \(item.year.map(String.init) ?? "-") "
                + "code \(item.code?.text ?? "-")", to: &output)
            Swift.dump(item.outcome, to: &output)
        }
    }
}
