import Hummingbird
import LadderKit

/// The language of a page: as for every request (`RequestLanguage`: `?lang=`, the cookie the
/// 中文/English switch sets, Accept-Language), but Chinese — the bureaus' language — when the
/// browser names neither, whatever the server's own language.
struct PageLanguage {
    let language: Language
    /// The switch was used: the answer sets the cookie so that later pages keep the choice.
    let chosen: Bool

    init(_ request: Request) {
        language = RequestLanguage.of(request, fallback: .zh)
        chosen = request.uri.queryParameters[Substring(RequestLanguage.parameter)]
            .flatMap { RequestLanguage.named(String($0)) } != nil
    }

    /// The cookie that keeps the switch's choice for a year.
    var cookie: Cookie {
        Cookie(name: RequestLanguage.cookieName, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
               httpOnly: true, sameSite: .strict)
    }
}
