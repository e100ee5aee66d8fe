import Hummingbird
import LadderKit

/// `dry_run`, `as`, `year` and `effective` of an upload, read as `ladder import` reads `--dry-run`,
/// `--as`, `--year` and `--effective`.
struct ImportQuery {
    var options = ImportOptions()

    init(_ query: Parameters) throws {
        if let text = query["dry_run"] {
            switch text.lowercased() {
            case "true", "1", "yes": options.dryRun = true
            case "false", "0", "no": options.dryRun = false
            default: throw APIError(.badRequest, "dry_run '\(text)' is not true or false; dry_run=true reads and reports without writing")
            }
        }
        if let text = query["as"] {
            guard let kind = ImportKind(rawValue: String(text)) else {
                throw APIError(.badRequest, "as '\(text)' is not a kind of file; use one of "
                    + ImportKind.allCases.map(\.rawValue).joined(separator: ", ") + ", or leave it out to detect it from the headers")
            }
            options.kind = kind
        }
        if let text = query["year"] {
            guard let year = Int(text), (1949...2100).contains(year) else {
                throw APIError(.badRequest, "year '\(text)' is not a fiscal year; write it as four digits, e.g. 2024")
            }
            options.year = year
        }
        if let text = query["effective"] {
            guard let day = DayParser.parse(String(text)) else {
                throw APIError(.badRequest, "effective '\(text)' is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22")
            }
            options.effective = day
        }
    }
}
