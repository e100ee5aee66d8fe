import Hummingbird
import LadderKit
import Logging

/// `ladder serve`: the registry over HTTP, with accounts, scopes and the CLI's JSON.
public enum LadderServer {
    /// The routes and middleware, outermost first: log, the reader's language, security headers,
    /// JSON errors, (on a database server) threads that may wait, authentication.
    public static func router(registry: Registry, settings: ServerSettings, logger: Logger) -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: RequestLogMiddleware(logger: logger, settings: settings))
        router.add(middleware: LanguageMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware(logger: logger))
        if registry.isOnServer { router.add(middleware: WaitingThreadsMiddleware()) }
        router.add(middleware: AuthenticationMiddleware(registry: registry, settings: settings))
        router.get("/healthz") { _, _ in APIError.json(body: ["status": "ok"]) }
        router.get("/api/v1/openapi.json") { _, _ in APIError.json(text: OpenAPIDocument.json) }
        ReadRoutes(registry: registry, settings: settings).add(to: router)
        let sessions = SessionRoutes(registry: registry, settings: settings)
        sessions.add(to: router)
        WriteRoutes(registry: registry, settings: settings).add(to: router)
        ImportRoutes(registry: registry, settings: settings).add(to: router)
        AccountRoutes(registry: registry, settings: settings).add(to: router)
        PageRoutes(registry: registry, settings: settings, sessions: sessions, logger: logger).add(to: router)
        return router
    }
}
