/// A part of a policy refusal (what was expected, found, or why a value was refused): a message
/// of `PolicyErrorText` and the values it quotes, worded when read, in the reader's language.
public struct PolicyWords: Equatable, Sendable, CustomStringConvertible {
    public let message: PolicyErrorText
    public let values: [String: String]

    init(_ message: PolicyErrorText, _ values: [String: String] = [:]) {
        self.message = message
        self.values = values
    }

    public var description: String { text(in: .current) }

    public func text(in language: Language) -> String {
        var text = message.text(in: language)
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}
