import HTTPTypes
import Hummingbird

/// The headers every answer carries: nothing may be loaded, framed or sniffed from an API answer,
/// and no address leaks to another site.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = ServerContext

    static let headers: [(HTTPField.Name, String)] = [
        (HTTPField.Name("Content-Security-Policy")!, "default-src 'none'; frame-ancestors 'none'"),
        (HTTPField.Name("X-Content-Type-Options")!, "nosniff"),
        (HTTPField.Name("Referrer-Policy")!, "no-referrer"),
        (.cacheControl, "no-store"),
    ]

    /// The web pages load their one stylesheet and post forms to this server, nothing else; the
    /// address goes along only within this server, so that a form's POST carries its Origin.
    static let pageHeaders: [(HTTPField.Name, String)] = [
        (HTTPField.Name("Content-Security-Policy")!,
         "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
        (HTTPField.Name("X-Content-Type-Options")!, "nosniff"),
        (HTTPField.Name("Referrer-Policy")!, "same-origin"),
        (.cacheControl, "no-store"),
    ]

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response)
        async throws -> Response {
        var response = try await next(request, context)
        let headers = PagePaths.isPage(request.uri.path) ? SecurityHeadersMiddleware.pageHeaders : SecurityHeadersMiddleware.headers
        for (name, value) in headers { response.headers[name] = value }
        return response
    }
}
