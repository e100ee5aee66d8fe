import Foundation

/// The file formats `ladder export` writes.
///
/// XLSX hook: add `case xlsx` here and its writer in `ListingReport.exportData(_:)`; that switch
/// is exhaustive, so the compiler points at the one place to fill in.
public enum ExportFormat: String, CaseIterable, Sendable {
    case csv, json

    /// Whether the bytes are text that can go to a terminal (XLSX will not be).
    public var isText: Bool {
        switch self {
        case .csv, .json: return true
        }
    }
}

extension ListingReport {
    /// The export file's bytes. CSV for a file starts with a UTF-8 byte order mark when
    /// `byteOrderMark` is set, so Excel on a Chinese Windows reads it as UTF-8, not GBK.
    public func exportData(_ format: ExportFormat, byteOrderMark: Bool = false) -> Data {
        switch format {
        case .csv:
            return Data(((byteOrderMark ? "\u{FEFF}" : "") + tabular.render(.csv) + "\n").utf8)
        case .json:
            return Data((tabular.render(.json) + "\n").utf8)
        }
    }
}
