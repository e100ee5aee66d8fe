import Foundation
import HummingbirdTesting
@testable import LadderServer
import Testing

/// The OpenAPI document: every part is a JSON object, no two parts describe the same path, and the
/// server answers the whole document without signing in.
@Suite struct OpenAPIDocumentTests {
    @Test(arguments: OpenAPIDocument.parts.map(\.name))
    func everyPartIsAJSONObject(_ name: String) throws {
        let part = try #require(OpenAPIDocument.parts.first { $0.name == name })
        let parsed = try JSONSerialization.jsonObject(with: Data(part.text.utf8))
        #expect(parsed is [String: Any])
    }

    @Test func noPathIsDescribedTwice() {
        var seen: [String: String] = [:]
        for part in OpenAPIDocument.parts {
            for path in (part.object["paths"] as? [String: Any] ?? [:]).keys {
                #expect(seen[path] == nil, "\(path) is in both \(seen[path] ?? "") and \(part.name)")
                seen[path] = part.name
            }
        }
    }

    @Test func theServerAnswersTheDocument() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.get("/api/v1/openapi.json")
            #expect(response.status.code == 200)
            #expect(response.json["openapi"] as? String == "3.1.0")
            let paths = try #require(response.json["paths"] as? [String: Any])
            #expect(paths["/healthz"] != nil)
            #expect(paths["/api/v1/openapi.json"] != nil)
        }
    }
}
