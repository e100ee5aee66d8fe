import Hummingbird
import LadderKit

/// The language a request is answered in: `?lang=zh|en`, else the `ladder_lang` cookie (which a
/// web page sets when the reader picks a language), else `Accept-Language` (its first preferred
/// range: zh… is Chinese, anything else English), else the server's own (`--lang`, `LADDER_LANG`,
/// the locale). A value that names no language ladder speaks is passed over, never refused.
enum RequestLanguage {
    static let parameter = "lang"
    static let cookieName = "ladder_lang"

    static func of(_ request: Request, fallback: Language) -> Language {
        if let text = request.uri.queryParameters[Substring(parameter)], let language = named(String(text)) {
            return language
        }
        if let text = request.cookies[cookieName]?.value, let language = named(text) { return language }
        if let header = request.headers[.acceptLanguage], let language = preferred(header) { return language }
        return fallback
    }

    /// `zh`, `zh-CN`, `zh_Hans`, `en`, `en-US` …, any case; nil for anything else.
    static func named(_ text: String) -> Language? {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        if name.hasPrefix("zh") { return .zh }
        if name.hasPrefix("en") { return .en }
        return nil
    }

    /// The range a reader prefers most (highest `q`, the first of equals; `q=0` excluded): Chinese
    /// when it is zh…, else English; nil when the header names none.
    static func preferred(_ header: String) -> Language? {
        var best: (range: String, weight: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let range = parts.first, !range.isEmpty else { continue }
            let weight = parts.dropFirst().first { $0.lowercased().hasPrefix("q=") }
                .flatMap { Double($0.dropFirst(2)) } ?? 1
            guard weight > 0 else { continue }
            if best == nil || weight > best!.weight { best = (range, weight) }
        }
        guard let range = best?.range else { return nil }
        return range.lowercased().hasPrefix("zh") ? .zh : .en
    }
}
