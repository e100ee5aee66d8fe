import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// Signing in and out, the cookie's flags, sessions kept in the registry, and idle expiry.
@Suite struct SessionTests {
    @Test(arguments: ServerEngine.kinds)
    func signInAnswersTheAccountAndASafeCookie(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let response = try await client.login("ganzhou-editor")
            #expect(response.status == .ok)
            #expect(response.json["username"] as? String == "ganzhou-editor")
            #expect(response.json["role"] as? String == "editor")
            #expect((response.json["region"] as? [String: String]) == ["code": "360700", "name": "赣州市"])
            #expect((response.json["csrf_token"] as? String)?.count == 64)
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.hasPrefix("ladder_session="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"))
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func cookieIsSecureBehindATrustedTLSProxy(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        fixture.trustProxy = true
        try await fixture.test { client async throws in
            let response = try await client.login("sheng-viewer", headers: [.xForwardedProto: "https"])
            #expect(response.status == .ok)
            #expect(response.headers[.setCookie]?.contains("Secure") == true)
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func wrongPasswordAndUnknownUserAreRefusedAlike(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let wrong = try await client.login("ganzhou-viewer", password: "not-the-password")
            let unknown = try await client.login("nobody", password: "not-the-password")
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(wrong.text == "{\"error\":\"wrong username or password (or the account is disabled); check both and try again\"}\n")
            #expect(unknown.text == wrong.text)
            #expect(wrong.headers[.setCookie] == nil)
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func aDisabledAccountCannotSignInAndLosesItsSessions(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("ganzhou-viewer")
            try fixture.registry.disableAccount(name: "ganzhou-viewer", context: WriteContext(operatorName: "admin", at: fixture.clock.now))
            #expect(try await client.get("/api/v1/me", headers).status == .unauthorized)
            let again = try await client.login("ganzhou-viewer")
            #expect(again.status == .unauthorized)
            #expect(again.json["error"] as? String == "wrong username or password (or the account is disabled); check both and try again")
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func meAnswersWhoIsSignedIn(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("zhanggong-admin")
            let me = try await client.get("/api/v1/me", headers)
            #expect(me.text == """
                {"authentication":"session","region":{"code":"360702","name":"章贡区"},"role":"admin","username":"zhanggong-admin"}

                """)
            let anonymous = try await client.get("/api/v1/me")
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.json["error"] as? String == "sign in first: POST /api/v1/session, or send Authorization: Bearer TOKEN")
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func sessionsSurviveARestart(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        let headers = try await fixture.test { client in try await client.session("sheng-viewer").headers }
        // A new router on the same registry, as after restarting the server.
        try await fixture.test { client async throws in
            #expect(try await client.get("/api/v1/me", headers).status == .ok)
        }
    }

    /// Idle 8 hours is still signed in (each request restarts the idle time); one microsecond more is not.
    @Test(arguments: ServerEngine.kinds)
    func anIdleSessionEnds(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            fixture.clock.set("2025-01-01T00:00:00Z")
            let (headers, _) = try await client.session("ganzhou-viewer")
            fixture.clock.set("2025-01-01T08:00:00Z")
            #expect(try await client.get("/api/v1/me", headers).status == .ok)
            fixture.clock.set("2025-01-01T16:00:00.000001Z")
            let ended = try await client.get("/api/v1/me", headers)
            #expect(ended.status == .unauthorized)
            #expect(ended.json["error"] as? String
                == "your session has ended (unused too long, signed out, or the password changed); sign in again")
            // Deleted, not just refused: going back in time does not revive it.
            fixture.clock.set("2025-01-01T08:00:01Z")
            #expect(try await client.get("/api/v1/me", headers).status == .unauthorized)
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func signingOutNeedsTheCSRFTokenAndEndsTheSession(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let (cookie, csrf) = try await client.session("ganzhou-viewer")
            var headers = cookie
            headers[.origin] = "http://localhost"
            let noToken = try await client.execute(uri: "/api/v1/session", method: .delete, headers: headers)
            #expect(noToken.status == .forbidden)
            #expect(noToken.json["error"] as? String == "missing or wrong X-CSRF-Token; send the csrf_token the sign-in answered")
            headers[.xCSRFToken] = String(csrf.reversed())
            #expect(try await client.execute(uri: "/api/v1/session", method: .delete, headers: headers).status == .forbidden)
            headers[.xCSRFToken] = csrf
            let out = try await client.execute(uri: "/api/v1/session", method: .delete, headers: headers)
            #expect(out.status == .noContent)
            #expect(out.headers[.setCookie]?.hasPrefix("ladder_session=;") == true)
            #expect(try await client.get("/api/v1/me", cookie).status == .unauthorized)
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func aCookieWriteWithoutOriginIsRefused(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let (cookie, csrf) = try await client.session("ganzhou-viewer")
            var headers = cookie
            headers[.xCSRFToken] = csrf
            let response = try await client.execute(uri: "/api/v1/session", method: .delete, headers: headers)
            #expect(response.status == .forbidden)
            #expect(response.json["error"] as? String
                == "a signed-in browser request that changes something must carry an Origin header")
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func aForeignOriginIsRefusedEvenWithTheToken(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let (cookie, csrf) = try await client.session("ganzhou-viewer")
            var headers = cookie
            headers[.xCSRFToken] = csrf
            headers[.origin] = "https://evil.example"
            let response = try await client.execute(uri: "/api/v1/session", method: .delete, headers: headers)
            #expect(response.status == .forbidden)
            #expect(response.json["error"] as? String
                == "cross-site request refused: Origin https://evil.example is not this server (http://localhost)")
            // A sign-in posted from another site is refused too (login CSRF).
            let login = try await client.login("ganzhou-viewer", headers: [.origin: "https://evil.example"])
            #expect(login.status == .forbidden)
            #expect(login.headers[.setCookie] == nil)
        }
    }
}

extension HTTPField.Name {
    static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let xCSRFToken = HTTPField.Name("X-CSRF-Token")!
}
