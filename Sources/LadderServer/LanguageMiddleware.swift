import Hummingbird
import LadderKit

/// Runs each request in its reader's language (`RequestLanguage`), so every message for people —
/// a refusal's `error`, a library error's description — is said in it. JSON keys and values do
/// not change. Outermost but for the log, so the error middleware's words are scoped too.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = ServerContext

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response)
        async throws -> Response {
        // Outside any request's scope, `current` is the server's own language; a page's reader,
        // whose browser names no language, is a bureau's clerk.
        let fallback = PagePaths.isPage(request.uri.path) ? Language.zh : Language.current
        let language = RequestLanguage.of(request, fallback: fallback)
        return try await Language.$scoped.withValue(language) { try await next(request, context) }
    }
}
