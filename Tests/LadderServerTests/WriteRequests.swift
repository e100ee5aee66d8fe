import Foundation
import HTTPTypes
import HummingbirdTesting
@testable import LadderServer
import NIOCore

/// Writes as the tests send them: as a signed-in browser (session cookie, this server's Origin and
/// the CSRF token), and the answer's shape checked against the OpenAPI document.
extension TestClientProtocol {
    func write(_ uri: String, _ json: String, as account: String, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        let (cookie, csrf) = try await session(account)
        var headers = cookie
        headers[.origin] = "http://localhost"
        headers[.xCSRFToken] = csrf
        headers[.contentType] = "application/json"
        headers.append(contentsOf: extra)
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: json))
    }
}

/// Whether an answer has the shape its schema in the OpenAPI document says: every required key,
/// no key the schema does not list (the schemas say `additionalProperties: false`).
enum DocumentedShape {
    static func problems(_ text: String, schema name: String) -> [String] {
        let components = (try? JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8))) as? [String: Any]
        let schemas = (components?["components"] as? [String: Any])?["schemas"] as? [String: Any]
        guard let schema = schemas?[name] as? [String: Any] else { return ["no schema \(name)"] }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
            return ["not a JSON object: \(text)"]
        }
        let properties = Set((schema["properties"] as? [String: Any] ?? [:]).keys)
        let required = schema["required"] as? [String] ?? []
        return required.filter { object[$0] == nil }.map { "missing \($0)" }
            + object.keys.filter { !properties.contains($0) }.sorted().map { "undocumented \($0)" }
    }
}
