/// A JSON value as a policy document holds it. Numbers keep their literal text so thresholds
/// such as `2.5` (percent) are read exactly, never through `Double`.
indirect enum PolicyJSON: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([PolicyJSON])
    case object([String: PolicyJSON])

    /// How error messages name what was found.
    var typeName: PolicyWords {
        switch self {
        case .null: return PolicyWords(.foundNull)
        case let .bool(b): return PolicyWords(.foundBool, ["value": "\(b)"])
        case let .number(n): return PolicyWords(.foundNumber, ["value": n])
        case let .string(s): return PolicyWords(.foundString, ["value": String(s.prefix(40))])
        case .array: return PolicyWords(.foundArray)
        case .object: return PolicyWords(.foundObject)
        }
    }

    static func integer(_ value: Int64) -> PolicyJSON { .number(String(value)) }
    static func integer(_ value: Int) -> PolicyJSON { .number(String(value)) }
    static func percent(_ value: Percent) -> PolicyJSON { .number(value.number) }
    static func points(_ value: Points) -> PolicyJSON { .number(value.description) }
}
