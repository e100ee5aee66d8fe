import Hummingbird
import LadderKit

/// `dry_run`, `as`, `year` and `effective` of an upload, read as `ladder import` reads `--dry-run`,
/// `--as`, `--year` and `--effective`.
struct ImportQuery {
    var options = ImportOptions()

    /// The import page's form reads the same fields; its messages name each by the label the
    /// clerk sees (年度, not `year`), and say what to do on the form.
    struct FormLabels {
        let kind: String, year: String, effective: String, auto: String
    }

    init(_ query: Parameters, form: FormLabels? = nil) throws {
        if let text = query["dry_run"] {
            switch text.lowercased() {
            case "true", "1", "yes": options.dryRun = true
            case "false", "0", "no": options.dryRun = false
            default: throw APIError(.badRequest, ServeText.badDryRun.text(["value": text]))
            }
        }
        if let text = query["as"] {
            guard let kind = ImportKind(rawValue: String(text)) else {
                if let form {
                    throw APIError(.badRequest, PageImportText.badKind.text(["field": form.kind, "value": text, "auto": form.auto]))
                }
                throw APIError(.badRequest, ServeText.badKind.text([
                    "value": text, "kinds": ImportKind.allCases.map(\.rawValue).joined(separator: ", "),
                ]))
            }
            options.kind = kind
        }
        if let text = query["year"] {
            // A year typed with a Chinese input method comes full-width (２０２４).
            guard let year = Int(CellText.normalize(String(text))), (1949...2100).contains(year) else {
                if let form { throw APIError(.badRequest, PageImportText.badYear.text(["field": form.year, "value": text])) }
                throw APIError(.badRequest, ServeText.badYear.text(["value": text]))
            }
            options.year = year
        }
        if let text = query["effective"] {
            guard let day = DayParser.parse(String(text)) else {
                if let form { throw APIError(.badRequest, PageImportText.badEffective.text(["field": form.effective, "value": text])) }
                throw APIError(.badRequest, ServeText.badEffective.text(["value": text]))
            }
            options.effective = day
        }
    }
}
