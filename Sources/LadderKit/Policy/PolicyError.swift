/// Why a policy document was refused. Every case names the JSON path of the problem
/// (`$.eligibility.hnte.innovation_score_above`) so the person editing the file can find it.
public enum PolicyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not JSON at all.
    case syntax(line: Int, column: Int, message: PolicyWords)
    case missing(path: String)
    case wrongType(path: String, expected: PolicyWords, found: PolicyWords)
    /// A key the policy format does not know; `kind` says what was expected there (key, tier, category).
    case unknownKey(path: String, kind: PolicyWords, allowed: [String])
    /// A value of the right type that is out of range or inconsistent with another value.
    case invalid(path: String, reason: PolicyWords)

    public var path: String {
        switch self {
        case .syntax: return "$"
        case let .missing(path), let .wrongType(path, _, _), let .unknownKey(path, _, _), let .invalid(path, _):
            return path
        }
    }

    public var description: String {
        typealias T = RequestErrorText
        switch self {
        case let .syntax(line, column, message): return T.policySyntax.text(["line": line, "column": column, "message": message.description])
        case let .missing(path): return T.policyMissing.text(["path": path])
        case let .wrongType(path, expected, found): return T.policyWrongType.text(["path": path, "expected": expected.description, "found": found.description])
        case let .unknownKey(path, kind, allowed):
            return T.policyUnknownKey.text(["path": path, "kind": kind.description, "allowed": allowed.joined(separator: ", ")])
        case let .invalid(path, reason): return T.policyInvalid.text(["path": path, "reason": reason.description])
        }
    }
}
