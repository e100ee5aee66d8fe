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

    /// Writes the export to `url`: XLSX with Chinese headers, code and number columns typed as
    /// text (Excel never turns a code into 9.13601E+17) and real dates; CSV and JSON as text.
    public func write(_ format: ExportFormat, to url: URL) throws {
        try OutputFile.requireWritable(url.path)
        guard format == .xlsx else {
            try exportData(format, byteOrderMark: format == .csv).write(to: url)
            return
        }
        let writer = try XLSXWriter(columns: [
            .init(header: "统一社会信用代码"), .init(header: "企业名称"), .init(header: "设区市"), .init(header: "县(市、区)"),
            .init(header: tier == .hnte ? "证书编号" : tier == .tsme ? "入库登记编号" : "编号或名单"),
            // The start under the header a list of that tier uses, so the file imports back as one.
            .init(header: tier == .hnte ? "发证日期" : tier == .tsme ? "入库日期" : "起始日期", kind: .date),
            .init(header: "有效期至", kind: .date),
        ], sheetName: tier?.chineseName ?? "名单")
        for row in rows {
            let county = row.location.division
            try writer.append(row: [.text(row.creditCode), .text(row.name), .text(row.location.reportingRegion.name),
                                    .text(county.name ?? county.code), .text(row.number), .date(row.start),
                                    XLSXWriter.Cell(row.end)])
        }
        try writer.write(to: url)
    }
}
