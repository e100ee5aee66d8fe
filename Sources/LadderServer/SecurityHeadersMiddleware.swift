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
        (policy, pagePolicy),
        (HTTPField.Name("X-Content-Type-Options")!, "nosniff"),
        (HTTPField.Name("Referrer-Policy")!, "same-origin"),
        (.cacheControl, "no-store"),
    ]

    static let policy = HTTPField.Name("Content-Security-Policy")!
    static let pagePolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    /// A signed-in page also runs `/static/find.js`: scripts of this server, never inline ones.
    static let scriptedPagePolicy = pagePolicy + "; script-src 'self'; connect-src 'self'"

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response)
        async throws -> Response {
        var response = try await next(request, context)
        let page = PagePaths.isPage(request.uri.path)
        for (name, value) in page ? SecurityHeadersMiddleware.pageHeaders : SecurityHeadersMiddleware.headers {
            // A page that chose its own policy (the script it runs, the report's styles: `ReportPolicy`) keeps it.
            if page, name == SecurityHeadersMiddleware.policy, response.headers[name] != nil { continue }
            response.headers[name] = value
        }
        return response
    }
}
