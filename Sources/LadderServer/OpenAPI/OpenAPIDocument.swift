import Foundation

/// The OpenAPI 3.1 document served at `/api/v1/openapi.json`, assembled from one part per group of
/// routes (each part sits beside the routes it describes), so that a route and its description change
/// together.
enum OpenAPIDocument {
    /// Every part, in the order their paths are listed.
    static let parts: [OpenAPIPart] = [.core, .reads, .readSchemas, .writes, .imports, .accounts]

    /// The whole document: the core's top level, with every part's `paths` and `components`
    /// merged in; a path's operations may come from several parts (`GET /api/v1/imports` is a read,
    /// `POST` an import). An operation or component named by two parts is a programming error caught
    /// by the tests.
    static let json: String = {
        var document: [String: Any] = [:]
        var paths: [String: Any] = [:]
        var components: [String: [String: Any]] = [:]
        for part in parts {
            let object = part.object
            for (key, value) in object where key != "paths" && key != "components" { document[key] = value }
            for (path, operations) in object["paths"] as? [String: Any] ?? [:] {
                var item = paths[path] as? [String: Any] ?? [:]
                item.merge(operations as? [String: Any] ?? [:]) { first, _ in first }
                paths[path] = item
            }
            // Each kind of component (schemas, parameters, responses, securitySchemes) merged name by name.
            for (kind, named) in object["components"] as? [String: Any] ?? [:] {
                components[kind, default: [:]].merge(named as? [String: Any] ?? [:]) { first, _ in first }
            }
        }
        document["components"] = components
        document["paths"] = paths.mapValues(OpenAPIDocument.takingLang)
        let data = try! JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }()

    /// Every operation takes `lang` (LanguageMiddleware reads it on every request): added here, once,
    /// after the operation's own parameters.
    private static func takingLang(_ item: Any) -> Any {
        guard var operations = item as? [String: Any] else { return item }
        for (method, operation) in operations {
            guard var operation = operation as? [String: Any] else { continue }
            var parameters = operation["parameters"] as? [Any] ?? []
            parameters.append(["$ref": "#/components/parameters/Lang"])
            operation["parameters"] = parameters
            operations[method] = operation
        }
        return operations
    }
}
