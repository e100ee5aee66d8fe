import Foundation
import HTTPTypes
import Hummingbird
import LadderKit

/// `GET /api/v1/find?q=`: `ladder find TEXT --region R --format json`, R being the account's
/// region (or the one asked for within it). Firms matching outside it are not listed; their number
/// is in `X-Ladder-Outside-Region`, and the CLI's notes (what it prints on stderr) are in
/// `X-Ladder-Note`, percent-encoded UTF-8. A credit code of a firm outside the region is 403 saying
/// where the firm is, as `enterprises/{code}` says it: the clerk typed one firm and should learn why
/// it is not shown, not that it does not exist.
extension ReadRoutes {
    static let outsideRegion = HTTPField.Name("X-Ladder-Outside-Region")!
    static let note = HTTPField.Name("X-Ladder-Note")!

    func find(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let query = try Query(request, takes: ["q", "limit", "region"] + ReadRoutes.times, now: settings.clock())
        let text = try query.required("q", example: "众城")
        let limit = try query.int("limit", in: 1...Registry.findScanLimit, unit: .unitFirms) ?? Registry.findDefaultLimit
        let region = try query.region(for: account)
        let search = try registry.find(text, asOf: query.times.day, knownAt: query.times.moment, limit: limit, region: region)
        if let refusal = search.refusal { throw APIError(.badRequest, ServeInputText.findRefused.text(["reason": refusal])) }
        if search.matches.isEmpty, search.outside > 0, case let .code(code) = try FirmQuery(text) {
            try Scope.check(account, profile: try registry.profile(of: code.text, asOf: query.times.day, knownAt: query.times.moment))
        }
        var response = APIError.json(text: search.tabular.render(.json))
        if region != nil { response.headers[ReadRoutes.outsideRegion] = String(search.outside) }
        for note in search.notes { response.headers.append(HTTPField(name: ReadRoutes.note, value: ReadRoutes.percentEncoded(note))) }
        return response
    }

    /// Printable ASCII stays as it is; anything else (Chinese names) and `%` are percent-encoded
    /// UTF-8, which `decodeURIComponent` reads back.
    static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet(charactersIn: Unicode.Scalar(0x20)...Unicode.Scalar(0x7E))
        allowed.remove("%")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
