import Hummingbird
import LadderKit

/// The language of a page: `?lang=` (the 中文/English switch, remembered in a cookie), else the
/// cookie, else the browser's Accept-Language, else Chinese — the bureaus' language.
struct PageLanguage {
    static let cookieName = "ladder_lang"
    let language: Language
    /// The switch was used: the answer sets the cookie so that later pages keep the choice.
    let chosen: Bool

    init(_ request: Request) {
        if let asked = request.uri.queryParameters["lang"], let language = PageLanguage.named(String(asked)) {
            self.language = language
            chosen = true
            return
        }
        chosen = false
        if let cookie = request.cookies[PageLanguage.cookieName]?.value, let language = PageLanguage.named(cookie) {
            self.language = language
        } else {
            self.language = PageLanguage.accepted(request.headers[.acceptLanguage] ?? "") ?? .zh
        }
    }

    /// The cookie that keeps the switch's choice for a year.
    var cookie: Cookie {
        Cookie(name: PageLanguage.cookieName, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
               httpOnly: true, sameSite: .strict)
    }

    static func named(_ text: String) -> Language? {
        let name = text.lowercased()
        if name.hasPrefix("zh") { return .zh }
        if name.hasPrefix("en") { return .en }
        return nil
    }

    /// The first of the browser's languages that is Chinese or English, by its q-values' order.
    static func accepted(_ header: String) -> Language? {
        let ranked = header.split(separator: ",").enumerated().compactMap { index, part -> (Double, Int, Language)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, let language = named(tag) else { return nil }
            let q = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return q > 0 ? (q, index, language) : nil
        }
        return ranked.sorted { ($0.0, -$0.1) > ($1.0, -$1.1) }.first?.2
    }
}
