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

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response)
        async throws -> Response {
        var response = try await next(request, context)
        for (name, value) in SecurityHeadersMiddleware.headers { response.headers[name] = value }
        return response
    }
}
