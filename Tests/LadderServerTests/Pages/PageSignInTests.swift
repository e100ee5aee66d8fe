import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// 登录 and 退出 through the pages: the session cookie, the Chinese refusal of a wrong password,
/// the CSRF tokens of both forms, the way back after a session ends, and `next` kept local.
@Suite struct PageSignInTests {
    @Test func signInThenOut() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let login = try await client.pageLogin("ganzhou-viewer")
            #expect(login.status == .seeOther)
            #expect(login.headers[.location] == "/")
            let cookie = try #require(login.cookie(named: "ladder_session"))
            let home = try await client.get("/?as_of=2024-06-30", [.cookie: cookie])
            #expect(home.status == .ok)
            #expect(home.text.contains("ganzhou-viewer（查阅员，赣州市）"))
            let token = try #require(home.text.formToken)
            let out = try await client.postForm("/logout", [("csrf_token", token)], headers: [.cookie: cookie])
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/login?out=1")
            let after = try await client.get("/", [.cookie: cookie])
            #expect(after.status == .seeOther)
            #expect(after.headers[.location] == "/login?next=/&ended=1")
            let page = try await client.get("/login?out=1")
            #expect(page.text.contains("您已退出。"))
        }
    }

    @Test func aWrongPasswordSaysSoInChinese() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let login = try await client.pageLogin("ganzhou-viewer", password: "wrong-horse")
            #expect(login.status == .unauthorized)
            #expect(login.text.contains("用户名或密码错误（或账户已停用），请核对后重试。"))
            #expect(login.cookie(named: "ladder_session") == nil)
            #expect(login.text.contains("value=\"ganzhou-viewer\""))
        }
    }

    @Test func theSixthWrongPasswordIsThrottled() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            for _ in 1...5 { _ = try await client.pageLogin("ganzhou-viewer", password: "wrong-horse") }
            let locked = try await client.pageLogin("ganzhou-viewer")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("登录失败次数过多，请 15 分钟后再试"))
        }
    }

    @Test func aSignInWithoutTheFormsTokenIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let form = try await client.loginForm()
            let forged = try await client.postForm("/login", [("csrf_token", "forged"), ("username", "ganzhou-viewer"),
                                                              ("password", ServerFixture.password)],
                                                   headers: [.cookie: form.cookie])
            #expect(forged.status == .forbidden)
            #expect(forged.cookie(named: "ladder_session") == nil)
            let bare = try await client.postForm("/login", [("username", "ganzhou-viewer"), ("password", ServerFixture.password)])
            #expect(bare.status == .forbidden)
            #expect(bare.text.contains("页面已过期，请重新填写并提交。"))
        }
    }

    @Test func aSignOutWithoutTheTokenIsRefusedAndTheSessionLives() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            let refused = try await client.postForm("/logout", [], headers: session)
            #expect(refused.status == .forbidden)
            #expect(refused.headers[.contentType] == "text/html; charset=utf-8")
            let wrong = try await client.postForm("/logout", [("csrf_token", "not-the-token")], headers: session)
            #expect(wrong.status == .forbidden)
            #expect(try await client.get("/?as_of=2024-06-30", session).status == .ok)
        }
    }

    struct NextCase: CustomTestStringConvertible, Sendable {
        let next: String
        let location: String
        var testDescription: String { next }
    }

    @Test(arguments: [
        NextCase(next: "/firms/91360722MA35G1YK7R?as_of=2024-06-30", location: "/firms/91360722MA35G1YK7R?as_of=2024-06-30"),
        NextCase(next: "//evil.example/steal", location: "/"),
        NextCase(next: "https://evil.example/", location: "/"),
        NextCase(next: "/\\evil.example", location: "/"),
        NextCase(next: "/login?next=/login", location: "/"),
    ])
    func afterSigningInTheUserReturnsOnlyToALocalPath(_ c: NextCase) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let login = try await client.pageLogin("ganzhou-viewer", next: c.next)
            #expect(login.status == .seeOther)
            #expect(login.headers[.location] == c.location)
        }
    }

    @Test func anEndedSessionReturnsToTheLoginPageSayingSoAndThenBack() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let session = try await client.pageSession("ganzhou-viewer")
            fixture.clock.set("2025-01-01T08:00:01Z")  // 8 hours and a second unused
            let firm = try await client.get("/firms/91360722MA35G1YK7R?as_of=2024-06-30", session)
            #expect(firm.status == .seeOther)
            let location = try #require(firm.headers[.location])
            #expect(location == "/login?next=/firms/91360722MA35G1YK7R%3Fas_of%3D2024-06-30&ended=1")
            let page = try await client.get(location)
            #expect(page.text.contains("您的登录已过期"))
            #expect(page.text.contains("name=\"next\" value=\"/firms/91360722MA35G1YK7R?as_of=2024-06-30\""))
            let again = try await client.pageLogin("ganzhou-viewer", next: "/firms/91360722MA35G1YK7R?as_of=2024-06-30")
            #expect(again.headers[.location] == "/firms/91360722MA35G1YK7R?as_of=2024-06-30")
        }
    }
}
