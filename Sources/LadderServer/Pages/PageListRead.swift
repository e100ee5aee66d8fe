import Foundation
import LadderKit

/// A list read for a page or a file: the rows as the API answers them (`table`), and for the
/// qualification lists the report `ladder export` writes its files from.
struct PageListRead {
    let table: Tabular
    let report: ListingReport?
    let tier: Tier?
    let region: Region?
    let day: Day

    /// The file the list's export button gives: for expiring and lapsed the library's export of
    /// the report (the XLSX that imports back, the CSV with a byte order mark for Excel), for
    /// candidates the rows as `ladder candidates` writes them.
    func file(_ format: ExportFormat, language: Language) throws -> Data {
        switch (format, report) {
        case let (.xlsx, report?):
            return try PageListRead.writtenXLSX { try report.write(.xlsx, to: $0, language: language) }
        case (.xlsx, nil):
            return try PageListRead.writtenXLSX { try XLSXWriter(table).write(to: $0) }
        case let (_, report?):
            return report.exportData(format, byteOrderMark: format == .csv)
        case (_, nil):
            return Data(((format == .csv ? "\u{FEFF}" : "") + table.render(format == .csv ? .csv : .json) + "\n").utf8)
        }
    }

    /// The workbook's bytes: the writer writes a file, read back and removed at once.
    private static func writtenXLSX(_ write: (URL) throws -> Void) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-page-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(url)
        return try Data(contentsOf: url)
    }
}
