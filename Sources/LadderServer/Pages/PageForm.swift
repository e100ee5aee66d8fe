import Foundation
import Hummingbird
import NIOCore

/// The fields of a posted form (`application/x-www-form-urlencoded`), read from a body of at most
/// 64 KB: the pages' forms are small, an upload has its own route.
struct PageForm {
    static let fieldCSRF = "csrf_token"
    static let maxBytes = 64 << 10
    let fields: [String: String]

    init(fields: [String: String]) { self.fields = fields }

    /// Reads the body, which stays readable for the route after the middleware has looked.
    static func read(_ request: inout Request) async throws -> PageForm {
        let buffer = try await request.collectBody(upTo: maxBytes)
        return PageForm(urlEncoded: String(buffer: buffer))
    }

    init(urlEncoded text: String) {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (part: Substring) in
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let name = parts.first.map(decode), !name.isEmpty, fields[name] == nil else { continue }
            fields[name] = parts.count > 1 ? decode(parts[1]) : ""
        }
        self.fields = fields
    }

    subscript(_ name: String) -> String? { fields[name] }
}
