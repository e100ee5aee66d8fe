/// One annual fact read from a roster cell, keyed by its `AnnualFacts` JSON name
/// (`innovation_parts.ip` for a part of the innovation score).
enum FactValue: Equatable {
    case number(Int64)
    case flag(Bool)
    case points(Points)

    /// The value as `FactsJSON.encode` writes it, so an imported version and the same facts
    /// entered with `facts set` are the same text.
    var json: String {
        switch self {
        case let .number(n): return String(n)
        case let .flag(on): return on ? "true" : "false"
        case let .points(p): return p.isWhole ? String(p.hundredths / 100) : p.description
        }
    }

    /// A fingerprint term: kind and payload.
    func add(to hasher: inout FNV1a) {
        switch self {
        case let .number(n): hasher.add(UInt8(0)); hasher.add(n)
        case let .flag(on): hasher.add(UInt8(1)); hasher.add(UInt8(on ? 1 : 0))
        case let .points(p): hasher.add(UInt8(2)); hasher.add(p.hundredths)
        }
    }

    /// The stored JSON object of one row's facts, `values` sorted by key: innovation parts nest
    /// under `innovation_parts`, as `AnnualFacts` encodes them.
    static func json(_ values: [(key: String, value: FactValue)]) -> String {
        let nested = "innovation_parts."
        var out = "{", parts: [String] = []
        func append(_ member: String) { out += (out == "{" ? "" : ",") + member }
        func flushParts() {
            if !parts.isEmpty { append("\"innovation_parts\":{" + parts.joined(separator: ",") + "}") }
            parts = []
        }
        for (key, value) in values {
            if key.hasPrefix(nested) {
                parts.append("\"\(key.dropFirst(nested.count))\":\(value.json)")
            } else {
                flushParts()
                append("\"\(key)\":\(value.json)")
            }
        }
        flushParts()
        return out + "}"
    }
}
