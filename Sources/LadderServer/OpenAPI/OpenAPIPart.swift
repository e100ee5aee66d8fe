import Foundation

/// One group of routes' share of the OpenAPI document: a JSON object with `paths` and, when it needs
/// them, `components` (`schemas`, `securitySchemes`, …). The core part also carries the top level
/// (`openapi`, `info`, `security`).
struct OpenAPIPart: Sendable {
    let name: String
    let text: String

    /// The part parsed; a part that is not a JSON object is a programming error caught by the tests.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}
