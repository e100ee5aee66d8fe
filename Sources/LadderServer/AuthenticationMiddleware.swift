import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import LadderKit

/// Finds who is asking — a bearer token, else the session cookie — and guards state-changing
/// requests: a foreign `Origin` is refused, and with a cookie the `Origin` must be this server's and
/// `X-CSRF-Token` the session's. Bearer requests need neither (no browser sends them on its own).
/// A web page's form carries the session's token as its `csrf_token` field instead (`/login`,
/// before any session, checks its own token).
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    static let cookieName = "ladder_session"
    let registry: Registry
    let settings: ServerSettings

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response)
        async throws -> Response {
        var context = context
        var request = request
        let changesState = ![.get, .head, .options].contains(request.method)
        if changesState, let origin = request.headers[.origin], origin != expectedOrigin(request) {
            throw APIError(.forbidden, ServeText.crossSite.text(["origin": origin, "expected": expectedOrigin(request)]))
        }
        if request.headers[.authorization] != nil {
            guard let bearer = request.headers.bearer,
                  let account = try registry.account(tokenDigest: Secret.digest(bearer.token)) else {
                throw APIError(.unauthorized, ServeText.unknownToken.text())
            }
            context.identity = account
        } else if let cookie = request.cookies[AuthenticationMiddleware.cookieName]?.value, !cookie.isEmpty {
            if let session = try registry.session(digest: Secret.digest(cookie), now: settings.clock(),
                                                  idleSeconds: settings.sessionIdleSeconds) {
                context.identity = session.account
                context.session = session
                if changesState, PagePaths.isPage(request.uri.path) {
                    // /login checks its own token; the import page's upload is multipart, far over 64 KB: its
                    // route checks the `csrf_token` field of the spooled body before anything else.
                    if request.uri.path != PagePaths.login && request.uri.path != PagePaths.importNew {
                        try await checkFormCSRF(&request, session: session)
                    }
                } else if changesState {
                    try checkCSRF(request, session: session)
                }
            } else {
                context.sessionEnded = true
            }
        }
        context.trace.account = context.identity?.name
        return try await next(request, context)
    }

    private func checkCSRF(_ request: Request, session: LoginSession) throws {
        guard request.headers[.origin] != nil else {
            throw APIError(.forbidden, ServeText.noOrigin.text())
        }
        guard let token = request.headers[.xCSRFToken], token.equalsInConstantTime(session.csrfToken) else {
            throw APIError(.forbidden, ServeText.badCSRF.text())
        }
    }

    /// A page's form: the session's token in the `csrf_token` field (a foreign Origin is refused above).
    private func checkFormCSRF(_ request: inout Request, session: LoginSession) async throws {
        let form = try await PageForm.read(&request)
        guard let token = form[PageForm.fieldCSRF], token.equalsInConstantTime(session.csrfToken) else {
            throw APIError(.forbidden, "missing or wrong csrf_token; reload the page and send the form again")
        }
    }

    /// scheme://host of this server as the browser sees it.
    private func expectedOrigin(_ request: Request) -> String {
        let scheme = ClientAddress.isSecure(request, trustProxy: settings.trustProxy) ? "https" : "http"
        return "\(scheme)://\(request.head.authority ?? "")"
    }
}
