import Mustache

/// The pages' Mustache templates, parsed once. Each page inherits `layout` and fills its
/// `content` block. Only `{{name}}` is used, never `{{{name}}}`: every value is HTML-escaped.
enum PageTemplates {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in sources {
            do {
                try library.register(text, named: name)
            } catch {
                preconditionFailure("page template \(name) does not parse: \(error)")  // a programming error, caught by every page test
            }
        }
        return library
    }()

    static let sources: [(String, String)] = [
        ("layout", layout), ("login", login), ("find", find), ("firm", firm), ("dashboard", dashboard), ("problem", problem),
        ("list", list), ("firmActions", firmActions), ("reportTools", reportTools),
        ("targets", targets), ("log", log), ("accounts", accounts), ("account", account), ("token", token),
    ] + importSources

    /// The page `name` rendered with `values`.
    static func render(_ name: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: name) ?? ""
    }
}
