import Foundation
import Hummingbird
import LadderKit

/// 登录 and 退出: the sign-in page (throttled as the API's login is, the same session cookie) and
/// the sign-out form. The sign-in form carries a token of its own, kept in a cookie of the sign-in
/// page, since no session exists yet to tie it to.
extension PageRoutes {
    static let loginCookie = "ladder_login"

    func loginPage(_ request: Request, context: ServerContext) -> Response {
        let language = PageLanguage(request)
        let next = PagePaths.safeNext(request.uri.queryParameters["next"].map(String.init))
        if context.identity != nil { return PageRoutes.redirect(next, language: language) }
        return Language.$scoped.withValue(language.language) {
            var info: String?
            if request.uri.queryParameters["ended"] != nil || context.sessionEnded { info = PageText.sessionEnded.text() }
            if request.uri.queryParameters["out"] != nil { info = PageText.signedOut.text() }
            return loginForm(request, context: context, language: language, status: .ok, next: next, info: info)
        }
    }

    func signIn(_ request: Request, context: ServerContext) async throws -> Response {
        var request = request
        let form = try await PageForm.read(&request)
        let language = PageLanguage(request)
        let next = PagePaths.safeNext(form["next"])
        let username = (form["username"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = form["password"] ?? ""
        let refuse = { (status: HTTPResponse.Status, error: PageText, values: KeyValuePairs<String, any CustomStringConvertible>) in
            Language.$scoped.withValue(language.language) {
                loginForm(request, context: context, language: language, status: status, next: next,
                          error: error.text(values), username: username)
            }
        }
        guard let token = form[PageForm.fieldCSRF], let expected = request.cookies[PageRoutes.loginCookie]?.value,
              !expected.isEmpty, token.equalsInConstantTime(expected) else {
            return refuse(.forbidden, .formExpired, [:])
        }
        guard !username.isEmpty, !password.isEmpty else { return refuse(.badRequest, .missingFields, [:]) }
        let session: (account: Account, cookie: String, csrf: String)
        do {
            session = try await sessions.signIn(.init(username: username, password: password), request: request, context: context)
        } catch let error as APIError where error.status == .tooManyRequests {
            return refuse(.tooManyRequests, .throttled, ["minutes": settings.lockoutSeconds / 60])
        } catch let error as APIError where error.status == .unauthorized {
            return refuse(.unauthorized, .wrongPassword, [:])
        }
        var response = PageRoutes.redirect(next, language: language)
        response.setCookie(Cookie(name: AuthenticationMiddleware.cookieName, value: session.cookie, path: "/",
                                  secure: ClientAddress.isSecure(request, trustProxy: settings.trustProxy),
                                  httpOnly: true, sameSite: .strict))
        response.setCookie(Cookie(name: PageRoutes.loginCookie, value: "", maxAge: 0, path: PagePaths.login,
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    /// Ends the session (the middleware has checked the form's CSRF token) and shows the sign-in page.
    func signOut(_ request: Request, context: ServerContext) throws -> Response {
        if let session = context.session { try registry.closeSession(id: session.id) }
        var response = PageRoutes.redirect(PagePaths.login + "?out=1", language: PageLanguage(request))
        response.setCookie(Cookie(name: AuthenticationMiddleware.cookieName, value: "", maxAge: 0, path: "/",
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    /// The sign-in form with a fresh token for this browser.
    private func loginForm(_ request: Request, context: ServerContext, language: PageLanguage, status: HTTPResponse.Status,
                           next: String, info: String? = nil, error: String? = nil, username: String = "") -> Response {
        let token = Secret.random()
        var values: [String: Any] = ["loginToken": token, "next": next, "username": username]
        if let info { values["info"] = info }
        if let error { values["error"] = error }
        var response = PageRoutes.render(.page(status: status, template: "login", title: PageText.loginTitle.text(), values: values),
                              request: request, context: context, account: nil, language: language)
        response.setCookie(Cookie(name: PageRoutes.loginCookie, value: token, path: PagePaths.login,
                                  secure: ClientAddress.isSecure(request, trustProxy: settings.trustProxy),
                                  httpOnly: true, sameSite: .strict))
        return response
    }
}
