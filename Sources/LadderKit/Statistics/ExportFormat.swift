import Foundation

/// The file formats `ladder export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case csv, json, xlsx

    /// Whether the bytes are text that can go to a terminal.
    public var isText: Bool { self != .xlsx }
}

extension ListingReport {
    /// The export file's bytes (CSV or JSON). CSV for a file starts with a UTF-8 byte order mark
    /// when `byteOrderMark` is set, so Excel on a Chinese Windows reads it as UTF-8, not GBK.
    public func exportData(_ format: ExportFormat, byteOrderMark: Bool = false) -> Data {
        switch format {
        case .csv, .xlsx:
            return Data(((byteOrderMark ? "\u{FEFF}" : "") + tabular.render(.csv) + "\n").utf8)
        case .json:
            return Data((tabular.render(.json) + "\n").utf8)
        }
    }

    /// Writes the export to `url`: XLSX with the lists' headers in the reader's language (the
    /// Chinese ones import back as a list of the tier), code and number columns typed as text (Excel
    /// never turns a code into 9.13601E+17) and real dates; CSV and JSON as text, the same in both
    /// languages.
    public func write(_ format: ExportFormat, to url: URL, language: Language = .current) throws {
        try OutputFile.requireWritable(url.path)
        guard format == .xlsx else {
            try exportData(format, byteOrderMark: format == .csv).write(to: url)
            return
        }
        let heading = { (key: ExportText) in key.text(in: language) }
        let writer = try XLSXWriter(columns: [
            .init(header: heading(.creditCode)), .init(header: heading(.name)), .init(header: heading(.region)),
            .init(header: heading(.county)),
            .init(header: heading(tier == .hnte ? .certificateNumber : tier == .tsme ? .registrationNumber : .listNumber)),
            // The start under the header a list of that tier uses, so the file imports back as one.
            .init(header: heading(tier == .hnte ? .issued : tier == .tsme ? .admitted : .start), kind: .date),
            .init(header: heading(.end), kind: .date),
        ], sheetName: tier.map { language == .zh ? $0.chineseName : $0.rawValue } ?? heading(.sheetAllTiers))
        for row in rows {
            let county = row.location.division
            try writer.append(row: [.text(row.creditCode), .text(row.name), .text(row.location.reportingRegion.name),
                                    .text(county.name ?? county.code), .text(row.number), .date(row.start),
                                    XLSXWriter.Cell(row.end)])
        }
        try writer.write(to: url)
    }
}
