/// A language that is neither Chinese nor English. Said in both, since which one the reader
/// understands is exactly what is unknown.
public struct LanguageError: Error, CustomStringConvertible, Equatable, Sendable {
    public let source: String
    public let value: String

    public var description: String {
        "\(source) '\(value)' 不是可用的语言，请写 zh（简体中文）或 en（English）。"
            + " / \(source) '\(value)' is not a language ladder speaks; write zh (简体中文) or en (English)."
    }
}
