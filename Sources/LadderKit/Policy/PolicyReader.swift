/// Reads one JSON object of a policy document at a known path, refusing unknown keys up front
/// (a misspelt key is reported as such, not as the correct key missing) and naming the path of
/// every missing, mistyped or out-of-range value.
struct PolicyReader {
    let path: String
    private let fields: [String: PolicyJSON]

    /// - Parameters:
    ///   - keys: every key allowed here; others are refused.
    ///   - kind: what a key names here, for the message on an unknown one (key, tier, category).
    init(_ value: PolicyJSON, path: String, keys: [String], kind: PolicyErrorText = .kindKey) throws(PolicyError) {
        guard case let .object(fields) = value else {
            throw .wrongType(path: path, expected: PolicyWords(.expectObject), found: value.typeName)
        }
        if let unknown = fields.keys.filter({ !keys.contains($0) }).sorted().first {
            throw .unknownKey(path: PolicyReader.join(path, unknown), kind: PolicyWords(kind), allowed: keys)
        }
        self.path = path
        self.fields = fields
    }

    static func join(_ path: String, _ key: String) -> String {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
        }
        return plain ? "\(path).\(key)" : "\(path)[\(PolicyJSON.quoted(key))]"
    }

    func path(_ key: String) -> String { PolicyReader.join(path, key) }

    /// Whether the key is present with a non-null value.
    func has(_ key: String) -> Bool {
        guard let value = fields[key] else { return false }
        return value != .null
    }

    func value(_ key: String) throws(PolicyError) -> PolicyJSON {
        guard let value = fields[key], value != .null else { throw .missing(path: path(key)) }
        return value
    }

    func object(_ key: String, keys: [String], kind: PolicyErrorText = .kindKey) throws(PolicyError) -> PolicyReader {
        try PolicyReader(try value(key), path: path(key), keys: keys, kind: kind)
    }

    func bool(_ key: String) throws(PolicyError) -> Bool {
        try PolicyReader.bool(try value(key), path: path(key))
    }

    func optionalBool(_ key: String) throws(PolicyError) -> Bool {
        has(key) ? try bool(key) : false
    }

    func string(_ key: String) throws(PolicyError) -> String {
        try PolicyReader.string(try value(key), path: path(key))
    }

    func integer(_ key: String, atLeast minimum: Int64 = 0) throws(PolicyError) -> Int64 {
        try PolicyReader.integer(try value(key), path: path(key), atLeast: minimum)
    }

    func int(_ key: String, atLeast minimum: Int = 0) throws(PolicyError) -> Int {
        Int(try integer(key, atLeast: Int64(minimum)))
    }

    func optionalInteger(_ key: String, atLeast minimum: Int64 = 0) throws(PolicyError) -> Int64? {
        has(key) ? try integer(key, atLeast: minimum) : nil
    }

    func percent(_ key: String) throws(PolicyError) -> Percent {
        try PolicyReader.percent(try value(key), path: path(key))
    }

    /// A score such as 70 or 70.5, exact to hundredths.
    func points(_ key: String) throws(PolicyError) -> Points {
        let value = try value(key)
        guard case let .number(text) = value else {
            throw .wrongType(path: path(key), expected: PolicyWords(.expectScore), found: value.typeName)
        }
        guard let points = Points(decimal: text) else {
            throw .invalid(path: path(key), reason: PolicyWords(.notScore, ["value": text]))
        }
        return points
    }

    func optionalPercent(_ key: String) throws(PolicyError) -> Percent? {
        has(key) ? try percent(key) : nil
    }

    /// Each element with its path (`…bands[2]`).
    func array(_ key: String, nonEmpty: Bool = false) throws(PolicyError) -> [(value: PolicyJSON, path: String)] {
        let value = try value(key)
        guard case let .array(items) = value else {
            throw .wrongType(path: path(key), expected: PolicyWords(.expectArray), found: value.typeName)
        }
        if nonEmpty && items.isEmpty { throw .invalid(path: path(key), reason: PolicyWords(.listEmpty)) }
        return items.enumerated().map { ($1, "\(path(key))[\($0)]") }
    }

    /// A value that must be one of an enum's raw values.
    func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws(PolicyError) -> E
    where E.RawValue == String {
        try PolicyReader.choice(try value(key), path: path(key), type)
    }

    // MARK: - Values at a path

    static func bool(_ value: PolicyJSON, path: String) throws(PolicyError) -> Bool {
        guard case let .bool(b) = value else { throw .wrongType(path: path, expected: PolicyWords(.expectBool), found: value.typeName) }
        return b
    }

    static func string(_ value: PolicyJSON, path: String) throws(PolicyError) -> String {
        guard case let .string(s) = value else { throw .wrongType(path: path, expected: PolicyWords(.expectString), found: value.typeName) }
        return s
    }

    static func integer(_ value: PolicyJSON, path: String, atLeast minimum: Int64) throws(PolicyError) -> Int64 {
        guard case let .number(text) = value else {
            throw .wrongType(path: path, expected: PolicyWords(.expectWholeNumber), found: value.typeName)
        }
        guard let n = Int64(text) else {
            let isWhole = text.allSatisfy { ("0"..."9").contains($0) || $0 == "-" }
            throw .invalid(path: path, reason: PolicyWords(isWhole ? .tooLarge : .notWhole, ["value": text]))
        }
        guard n >= minimum else {
            throw .invalid(path: path, reason: minimum == 0 ? PolicyWords(.negative, ["value": "\(n)"])
                           : PolicyWords(.atLeast, ["minimum": "\(minimum)", "value": "\(n)"]))
        }
        return n
    }

    static func percent(_ value: PolicyJSON, path: String) throws(PolicyError) -> Percent {
        guard case let .number(text) = value else {
            throw .wrongType(path: path, expected: PolicyWords(.expectPercent), found: value.typeName)
        }
        guard let percent = Percent(number: text) else {
            throw .invalid(path: path, reason: PolicyWords(.notPercent, ["value": text]))
        }
        guard percent.basisPoints >= 0 else { throw .invalid(path: path, reason: PolicyWords(.negative, ["value": "\(percent)"])) }
        return percent
    }

    static func choice<E: RawRepresentable & CaseIterable>(_ value: PolicyJSON, path: String,
                                                           _ type: E.Type) throws(PolicyError) -> E
    where E.RawValue == String {
        let text = try string(value, path: path)
        guard let choice = E(rawValue: text) else {
            let allowed = E.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw .invalid(path: path, reason: PolicyWords(.notOneOf, ["value": text, "allowed": allowed]))
        }
        return choice
    }
}
