/// One area's messages (statistics, imports, …): an enum whose cases are the keys and whose
/// `entry` gives both languages. The switch in `entry` makes a key without a message a compile
/// error; the catalogue's tests find an empty one or mismatched placeholders.
public protocol CatalogueArea: RawRepresentable<String>, CaseIterable, Sendable {
    /// The prefix of this area's keys, e.g. `stats` for `stats.total`.
    static var area: String { get }
    var entry: CatalogueEntry { get }
}

extension CatalogueArea {
    /// The full key, e.g. `stats.total`.
    public var key: String { "\(Self.area).\(rawValue)" }

    /// The message in the current language.
    public func text(_ values: KeyValuePairs<String, any CustomStringConvertible> = [:]) -> String {
        entry.text(Language.current, values)
    }

    /// The message in a given language (a page in the reader's language, a test).
    public func text(in language: Language, _ values: KeyValuePairs<String, any CustomStringConvertible> = [:]) -> String {
        entry.text(language, values)
    }
}
