import Foundation

/// The OpenAPI 3.1 document served at `/api/v1/openapi.json`, assembled from one part per group of
/// routes (each part sits beside the routes it describes), so that a route and its description change
/// together.
enum OpenAPIDocument {
    /// Every part, in the order their paths are listed.
    static let parts: [OpenAPIPart] = [.core, .reads, .writes, .imports, .accounts]

    /// The whole document: the core's top level, with every part's `paths` and `components.schemas`
    /// merged in. A path or schema named by two parts is a programming error caught by the tests.
    static let json: String = {
        var document: [String: Any] = [:]
        var paths: [String: Any] = [:]
        var schemas: [String: Any] = [:]
        for part in parts {
            let object = part.object
            for (key, value) in object where key != "paths" && key != "components" { document[key] = value }
            paths.merge(object["paths"] as? [String: Any] ?? [:]) { first, _ in first }
            let components = object["components"] as? [String: Any] ?? [:]
            schemas.merge(components["schemas"] as? [String: Any] ?? [:]) { first, _ in first }
            for (key, value) in components where key != "schemas" {
                var merged = document["components"] as? [String: Any] ?? [:]
                merged[key] = value
                document["components"] = merged
            }
        }
        var components = document["components"] as? [String: Any] ?? [:]
        components["schemas"] = schemas
        document["components"] = components
        document["paths"] = paths
        let data = try! JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }()
}
