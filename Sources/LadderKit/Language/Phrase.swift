/// A text of a result that a person reads in either language: worded when it is read, so a
/// check's JSON keeps its English words while its table speaks the reader's language, and a
/// search over many firms that never shows the words never makes them.
public struct Phrase: Sendable, CustomStringConvertible {
    /// A literal or a message without values is held as itself, not in a closure: a closure that
    /// captures anything is an allocation, and every rule makes a dozen such phrases per firm.
    private enum Words: Sendable {
        case rendered(@Sendable (Language) -> String)
        case literal(String)
        case check(CheckText)
    }

    private let words: Words

    /// Words made in the language asked for.
    public init(_ render: @escaping @Sendable (Language) -> String) { words = .rendered(render) }

    /// A text the same in both languages: a figure, a name, a code.
    public init(_ literal: String) { words = .literal(literal) }

    /// A message of `check` without values.
    init(_ key: CheckText) { words = .check(key) }

    public func text(in language: Language = .current) -> String {
        switch words {
        case let .rendered(render): render(language)
        case let .literal(literal): literal
        case let .check(key): key.text(in: language)
        }
    }

    public var description: String { text() }

    static func + (a: Phrase, b: Phrase) -> Phrase { Phrase { a.text(in: $0) + b.text(in: $0) } }

    /// The phrases joined by a separator that itself may differ by language.
    static func joined(_ phrases: [Phrase], by separator: Phrase) -> Phrase {
        Phrase { language in phrases.map { $0.text(in: language) }.joined(separator: separator.text(in: language)) }
    }
}
