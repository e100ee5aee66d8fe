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
    let finding: VerifyText
    let values: [String: Value]

    init(_ kind: Kind, _ finding: VerifyText, _ values: [String: Value] = [:]) {
        self.kind = kind
        self.finding = finding
        self.values = values
    }

    /// The finding in the reader's language, worded when it is read.
    public var message: String { message(in: .current) }

    public func message(in language: Language) -> String {
        var template = finding.text(in: language, ["count": values["count"]?.text(in: language) ?? ""])
        for (name, value) in values {
            template = template.replacingOccurrences(of: "{\(name)}", with: value.text(in: language))
        }
        return template
    }

    /// `trigger: event_is_append_only_update is missing; …` (`保护触发器：…` in Chinese).
    public var description: String { description(in: .current) }

    public func description(in language: Language) -> String {
        let name = kind.name(in: language)
        return language == .zh ? "\(name)：\(message(in: language))" : "\(name): \(message(in: language))"
    }

    /// A value a finding quotes: as found in the file, a word of the catalogue, an event's kind, or
    /// a text worded in each language when found (an error's description).
    enum Value: Equatable, Sendable {
        case plain(String)
        case word(VerifyText)
        case eventKind(String)
        case both(zh: String, en: String)

        func text(in language: Language) -> String {
            switch self {
            case let .plain(text): text
            case let .word(word): word.text(in: language)
            case let .eventKind(raw): EventKind(rawValue: raw)?.name(in: language) ?? raw
            case let .both(zh, en): language == .zh ? zh : en
            }
        }
    }
}

extension VerifyProblem.Kind {
    /// `foreign-key` in English, as before; its name in Chinese. JSON would keep `rawValue`.
    public func name(in language: Language = .current) -> String {
        let word: VerifyText = switch self {
        case .integrity: .kindIntegrity
        case .foreignKey: .kindForeignKey
        case .trigger: .kindTrigger
        case .index: .kindIndex
        case .voidTarget: .kindVoidTarget
        case .revocationTarget: .kindRevocationTarget
        case .sharedNumber: .kindSharedNumber
        case .facts: .kindFacts
        case .policy: .kindPolicy
        case .recordedOrder: .kindRecordedOrder
        case .setAside: .kindSetAside
        }
        return word.text(in: language)
    }
}
