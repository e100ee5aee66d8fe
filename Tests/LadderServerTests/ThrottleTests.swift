import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// Five failed sign-ins lock an account, and a client, for 15 minutes.
@Suite struct ThrottleTests {
    static let locked = "too many failed sign-ins for this account or from this computer; wait 15 minutes, or ask an admin to check the password"

    @Test(arguments: ServerEngine.kinds)
    func fiveFailuresLockTheAccountForFifteenMinutes(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            fixture.clock.set("2025-01-01T00:00:00Z")
            for _ in 1...5 {
                #expect(try await client.login("ganzhou-viewer", password: "guess-guess").status == .unauthorized)
            }
            // The right password now is refused as well, with the lockout's own message.
            let sixth = try await client.login("ganzhou-viewer")
            #expect(sixth.status == .tooManyRequests)
            #expect(sixth.json["error"] as? String == ThrottleTests.locked)
            fixture.clock.set("2025-01-01T00:15:00Z")
            #expect(try await client.login("ganzhou-viewer").status == .tooManyRequests)
            fixture.clock.set("2025-01-01T00:15:00.000001Z")
            #expect(try await client.login("ganzhou-viewer").status == .ok)
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func fourFailuresThenASuccessStartAgainFromZero(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            for _ in 1...4 { _ = try await client.login("ganzhou-viewer", password: "guess-guess") }
            #expect(try await client.login("ganzhou-viewer").status == .ok)
            for _ in 1...4 { _ = try await client.login("ganzhou-viewer", password: "guess-guess") }
            #expect(try await client.login("ganzhou-viewer").status == .ok)
        }
    }

    /// Guessing many names from one computer locks that computer, not the accounts for others.
    @Test(arguments: ServerEngine.kinds)
    func fiveFailuresFromOneClientLockThatClient(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        fixture.trustProxy = true
        try await fixture.test { client async throws in
            for name in ["a1", "a2", "a3", "a4", "a5"] {
                let response = try await client.login(name, password: "guess-guess", headers: [.xForwardedFor: "10.0.0.7"])
                #expect(response.status == .unauthorized)
            }
            let same = try await client.login("sheng-admin", headers: [.xForwardedFor: "10.0.0.7"])
            #expect(same.status == .tooManyRequests)
            let other = try await client.login("sheng-admin", headers: [.xForwardedFor: "10.0.0.8"])
            #expect(other.status == .ok)
        }
    }
}
