/// A rejects file as CSV: UTF-8 with a BOM so Excel shows the Chinese correctly, CRLF, every
/// cell as the file held it.
final class CSVRejectsSink: RejectsSink {
    private let file: CSVFileWriter

    /// `headers`: every column of the file, 原行号 to 问题说明.
    init(path: String, headers: [String]) {
        file = CSVFileWriter(path: path, headers: headers,
                             cannotWrite: ImportErrorText.cannotWriteRejects)
    }

    func append(_ row: RejectedRow) throws {
        try file.append([String(row.originalRow)] + row.cells.map(RejectsWriter.original) + [row.columns, row.reasons])
    }

    func finish() throws {
        _ = try file.finish()
    }
}
