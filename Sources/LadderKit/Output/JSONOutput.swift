import Foundation

/// JSON as every read command prints it: snake_case keys, sorted, UTF-8 unescaped; pretty in the
/// one layout of `JSONStyle` (as tables' JSON), or compact on one line for ndjson.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let compact = try encoder.encode(value)
        return pretty ? JSONStyle.format(Array(compact)) : String(decoding: compact, as: UTF8.self)
    }
}
