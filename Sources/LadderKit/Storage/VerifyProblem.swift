/// One thing `ladder verify` found wrong with a registry: data the schema and the library
/// should never have let in, so it was written around them (by hand, another tool, or damage).
public struct VerifyProblem: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, CaseIterable, Sendable {
        /// `PRAGMA integrity_check`: the file itself is damaged.
        case integrity
        /// `PRAGMA foreign_key_check`: a row points at one that does not exist.
        case foreignKey = "foreign-key"
        /// A trigger that keeps history append-only (or identity fixed) is missing or altered.
        case trigger
        /// An index the schema defines is missing or altered.
        case index
        /// A void whose target is missing, belongs to another firm, or is itself a void.
        case voidTarget = "void-target"
        /// A revocation whose target is missing, belongs to another firm, or grants nothing.
        case revocationTarget = "revocation-target"
        /// A certificate or 入库 number held by two firms among events in force.
        case sharedNumber = "shared-number"
        /// A stored facts version that no longer decodes.
        case facts
        /// A stored policy document that no longer decodes.
        case policy
        /// A record dated well before one written ahead of it (back-dated around ladder).
        case recordedOrder = "recorded-order"
        /// A firm set aside (as if never registered) that still has an event in force.
        case setAside = "set-aside"
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// `trigger: event_is_append_only_update is missing; …`.
    public var description: String { "\(kind.rawValue): \(message)" }
}
