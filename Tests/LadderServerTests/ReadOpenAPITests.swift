import Foundation
@testable import LadderServer
import Testing

/// The OpenAPI document describes every read with exactly the parameters the route takes (a
/// parameter it does not take is refused, so a documented one the route lacks would be a lie), and
/// the session and `me` routes of the core.
@Suite struct ReadOpenAPITests {
    struct Case: CustomTestStringConvertible, Sendable {
        var path: String
        var parameters: [String]
        var testDescription: String { path }
    }

    static let times = ["as_of", "known_at"]
    static let cases: [Case] = [
        Case(path: "/api/v1/enterprises/{code}", parameters: ["code"] + times),
        Case(path: "/api/v1/stats", parameters: ["tier", "by", "region"] + times),
        Case(path: "/api/v1/find", parameters: ["q", "limit", "region"] + times),
        Case(path: "/api/v1/series", parameters: ["tier", "from", "to", "every", "by", "region"] + times),
        Case(path: "/api/v1/cohort", parameters: ["tier", "by", "region"] + times),
        Case(path: "/api/v1/funnel", parameters: ["from", "to", "within", "region"] + times),
        Case(path: "/api/v1/targets", parameters: ["region"] + times),
        Case(path: "/api/v1/expiring", parameters: ["tier", "within", "year", "region"] + times),
        Case(path: "/api/v1/lapsed", parameters: ["tier", "since", "pending", "region"] + times),
        Case(path: "/api/v1/candidates", parameters: ["tier", "category", "year", "by", "region"] + times),
        Case(path: "/api/v1/imports", parameters: ["region"]),
        Case(path: "/api/v1/log", parameters: ["operator", "since", "region", "as_of"]),
    ]

    static var document: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8))) as? [String: Any] ?? [:]
    }

    /// A parameter or its `$ref` resolved in the document's components.
    static func resolved(_ parameter: [String: Any], in document: [String: Any]) -> [String: Any] {
        guard let ref = parameter["$ref"] as? String else { return parameter }
        let name = String(ref.split(separator: "/").last ?? "")
        let components = document["components"] as? [String: Any]
        return (components?["parameters"] as? [String: Any])?[name] as? [String: Any] ?? [:]
    }

    @Test(arguments: cases)
    func everyReadIsDescribedWithTheParametersItTakes(_ read: Case) throws {
        let document = ReadOpenAPITests.document
        let paths = try #require(document["paths"] as? [String: Any])
        let get = try #require((paths[read.path] as? [String: Any])?["get"] as? [String: Any])
        let parameters = (get["parameters"] as? [[String: Any]] ?? []).map { ReadOpenAPITests.resolved($0, in: document) }
        // `lang`, the language of messages, is taken by every operation (LanguageMiddleware).
        #expect(parameters.compactMap { $0["name"] as? String } == read.parameters + ["lang"])
        let responses = try #require(get["responses"] as? [String: Any])
        #expect(["200", "400", "401", "403"].allSatisfy { responses[$0] != nil })
    }

    @Test func theCoreDescribesSignInSignOutAndMe() throws {
        let paths = try #require(ReadOpenAPITests.document["paths"] as? [String: Any])
        let session = try #require(paths["/api/v1/session"] as? [String: Any])
        #expect(session["post"] != nil && session["delete"] != nil)
        #expect((paths["/api/v1/me"] as? [String: Any])?["get"] != nil)
        let schemas = (ReadOpenAPITests.document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        let account = schemas?["Account"] as? [String: Any]
        #expect((account?["properties"] as? [String: Any])?["csrf_token"] != nil)
    }
}
