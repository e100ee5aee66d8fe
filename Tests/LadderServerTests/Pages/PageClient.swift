import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// Signing in through the pages as a browser does: the sign-in page's token and cookie, the form
/// posted, the session cookie kept, and the CSRF token of the pages' forms read back.
extension TestClientProtocol {
    static var pageOrigin: String { "http://localhost" }

    /// The sign-in form's token and the cookie that goes with it.
    func loginForm(_ uri: String = "/login") async throws -> (token: String, cookie: String) {
        let page = try await get(uri)
        let token = try #require(page.text.formToken)
        let cookie = try #require(page.cookie(named: "ladder_login"))
        return (token, cookie)
    }

    func postForm(_ uri: String, _ fields: [(String, String)], headers: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        if headers[.origin] == nil { headers[.origin] = Self.pageOrigin }
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// Posts the sign-in form; the answer is the redirect (or the form again with its refusal).
    func pageLogin(_ username: String, password: String = ServerFixture.password, next: String? = nil)
        async throws -> TestResponse {
        let form = try await loginForm()
        var fields = [("csrf_token", form.token), ("username", username), ("password", password)]
        if let next { fields.append(("next", next)) }
        return try await postForm("/login", fields, headers: [.cookie: form.cookie])
    }

    /// Signs in through the page and answers the cookie header of the session.
    func pageSession(_ username: String) async throws -> HTTPFields {
        let response = try await pageLogin(username)
        let cookie = try #require(response.cookie(named: "ladder_session"))
        return [.cookie: cookie]
    }
}

extension TestResponse {
    /// `name=value` of a Set-Cookie header, ready to send back.
    func cookie(named name: String) -> String? {
        headers[values: .setCookie].lazy.compactMap { $0.split(separator: ";").first.map(String.init) }
            .first { $0.hasPrefix(name + "=") }
    }
}

extension String {
    /// The value of the first `csrf_token` field of a page.
    var formToken: String? { firstMatch(#"name="csrf_token" value="([^"]+)""#) }

    /// `data-count` of the element with `id`, as the page wrote it.
    func dataCount(id: String) -> Int? { firstMatch("id=\"\(id)\" data-count=\"([0-9]+)\"").flatMap(Int.init) }

    func firstMatch(_ pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: self, range: NSRange(startIndex..., in: self)),
              let range = Range(match.range(at: 1), in: self) else { return nil }
        return String(self[range])
    }
}
