import Foundation
import Hummingbird
import HummingbirdBcrypt
import LadderKit

/// Signing in and out, and who is signed in: `POST|DELETE /api/v1/session`, `GET /api/v1/me`.
struct SessionRoutes {
    struct Credentials: Decodable {
        var username: String
        var password: String
    }

    let registry: Registry
    let settings: ServerSettings
    /// Checked against when the account does not exist, so an unknown name takes as long as a wrong password.
    let decoyHash: String

    init(registry: Registry, settings: ServerSettings) {
        self.registry = registry
        self.settings = settings
        decoyHash = Bcrypt.hash(Secret.random(), cost: settings.bcryptCost)
    }

    func add(to router: Router<ServerContext>) {
        router.post("/api/v1/session") { request, context in try await login(request, context: context) }
        router.delete("/api/v1/session") { _, context in try logout(context) }
        router.get("/api/v1/me") { _, context in
            let account = try context.requireAccount()
            return APIError.json(body: AccountDocument(account, authentication: context.session == nil ? "token" : "session"))
        }
    }

    private func login(_ request: Request, context: ServerContext) async throws -> Response {
        let credentials = try await request.decode(as: Credentials.self, context: context)
        let (found, cookie, csrf) = try await signIn(credentials, request: request, context: context)
        var response = APIError.json(body: AccountDocument(found, authentication: "session", csrfToken: csrf))
        response.setCookie(Cookie(name: AuthenticationMiddleware.cookieName, value: cookie, path: "/",
                                  secure: ClientAddress.isSecure(request, trustProxy: settings.trustProxy),
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    /// Checks the password (throttled per account and per client) and opens a session: the account,
    /// the session cookie's value and its CSRF token. The API's login and the sign-in page share it.
    func signIn(_ credentials: Credentials, request: Request, context: ServerContext) async throws
        -> (account: Account, cookie: String, csrf: String) {
        let now = settings.clock()
        let throttle = LoginThrottle(registry: registry, settings: settings)
        let client = ClientAddress.of(request, context: context, trustProxy: settings.trustProxy)
        let keys = LoginThrottle.keys(username: credentials.username, client: client)
        // bcrypt takes a quarter of a second and the writes may wait for an import: off the
        // cooperative threads.
        let (found, cookie, csrf) = try await Offload.run { [registry, settings, decoyHash] in
            if try throttle.isLocked(keys: keys, now: now) {
                throw APIError(.tooManyRequests, ServeText.tooManySignIns.text(["minutes": settings.lockoutSeconds / 60]))
            }
            let found = try registry.credentials(of: credentials.username)
            let matches = Bcrypt.verify(credentials.password, hash: found?.passwordHash ?? decoyHash)
            guard let found, matches, !found.account.isDisabled else {
                try throttle.fail(keys: keys, now: now)
                throw APIError(.unauthorized, ServeText.refusedLogin.text())
            }
            try throttle.succeed(keys: keys, now: now)
            let cookie = Secret.random(), csrf = Secret.random()
            try registry.openSession(account: found.account, digest: Secret.digest(cookie), csrfToken: csrf,
                                     client: client, at: now)
            return (found.account, cookie, csrf)
        }
        context.trace.account = found.name
        return (found, cookie, csrf)
    }

    private func logout(_ context: ServerContext) throws -> Response {
        _ = try context.requireAccount()
        guard let session = context.session else {
            throw APIError(.badRequest, ServeText.bearerHasNoSession.text())
        }
        try registry.closeSession(id: session.id)
        var response = Response(status: .noContent)
        response.setCookie(Cookie(name: AuthenticationMiddleware.cookieName, value: "", maxAge: 0, path: "/",
                                  httpOnly: true, sameSite: .strict))
        return response
    }
}
