/// One message in both languages, side by side. Values go in by name, `{count}`, so that a
/// translation may put them in its own order. English has a singular form for when `{count}` is 1.
public struct CatalogueEntry: Sendable {
    public let zh: String
    public let en: String
    public let enOne: String?

    public init(zh: String, en: String, enOne: String? = nil) {
        self.zh = zh
        self.en = en
        self.enOne = enOne
    }

    /// The message in `language`, with each `{name}` replaced by its value.
    public func text(_ language: Language, _ values: KeyValuePairs<String, any CustomStringConvertible> = [:]) -> String {
        var template: String
        switch language {
        case .zh: template = zh
        case .en:
            let count = values.first { $0.key == "count" }.map { String(describing: $0.value) }
            template = count == "1" ? (enOne ?? en) : en
        }
        for (name, value) in values {
            template = template.replacingOccurrences(of: "{\(name)}", with: String(describing: value))
        }
        return template
    }

    /// The `{name}` placeholders of a template, for the test that both languages take the same values.
    static func placeholders(in template: String) -> Set<String> {
        var names = Set<String>()
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
