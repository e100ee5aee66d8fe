import Foundation

extension FactsJSON {
    /// Decodes a stored record from SQLite's bytes: the plain shape `encode` writes is scanned
    /// directly, anything else goes through `JSONDecoder` exactly as `decode(_:)` does.
    static func decode(bytes: UnsafeRawBufferPointer) throws -> AnnualFacts {
        if let facts = FactsJSONScanner.scan(bytes) { return facts }
        return try JSONDecoder().decode(AnnualFacts.self, from: Data(bytes))
    }
}
