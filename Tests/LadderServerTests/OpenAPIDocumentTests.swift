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

    @Test func noOperationIsDescribedTwice() {
        var seen: [String: String] = [:]
        for part in OpenAPIDocument.parts {
            for (path, item) in part.object["paths"] as? [String: Any] ?? [:] {
                for method in (item as? [String: Any] ?? [:]).keys {
                    let operation = "\(method.uppercased()) \(path)"
                    #expect(seen[operation] == nil, "\(operation) is in both \(seen[operation] ?? "") and \(part.name)")
                    seen[operation] = part.name
                }
            }
        }
    }

    @Test func aPathTakesItsOperationsFromEveryPart() async throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let imports = try #require((document["paths"] as? [String: Any])?["/api/v1/imports"] as? [String: Any])
        #expect(imports.keys.sorted() == ["get", "post"])
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
