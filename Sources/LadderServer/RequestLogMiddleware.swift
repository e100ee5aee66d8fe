import Hummingbird
import Logging

/// One log line per request: method, path (never the query, which may carry names or secrets),
/// status, milliseconds, account and client.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let logger: Logger
    let settings: ServerSettings

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response)
        async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let elapsed = start.duration(to: .now).components
            let ms = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
            let client = ClientAddress.of(request, context: context, trustProxy: settings.trustProxy)
            logger.info("\(request.method) \(request.uri.path) \(status) \(String(format: "%.1f", ms))ms account=\(context.trace.account ?? "-") client=\(client)")
        }
        let response = try await next(request, context)
        status = response.status.code
        return response
    }
}
