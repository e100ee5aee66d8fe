import HTTPTypes
import HummingbirdTesting
import LadderKit
import LadderServer
import Testing

/// API tokens for scripts: accepted until revoked, and without CSRF.
@Suite struct TokenTests {
    @Test(arguments: ServerEngine.kinds)
    func aTokenAuthenticatesUntilRevoked(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        let made = Credentials.newToken()
        let context = WriteContext(operatorName: "admin", at: fixture.clock.now, command: "test")
        let token = try fixture.registry.addToken(name: "zhanggong-viewer", digest: made.digest, context: context)
        try await fixture.test { client async throws in
            let me = try await client.get("/api/v1/me", [.authorization: "Bearer \(made.token)"])
            #expect(me.status == .ok)
            #expect(me.json["authentication"] as? String == "token")
            #expect(me.json["username"] as? String == "zhanggong-viewer")
            try fixture.registry.revokeToken(name: "zhanggong-viewer", id: token.id, context: context)
            let revoked = try await client.get("/api/v1/me", [.authorization: "Bearer \(made.token)"])
            #expect(revoked.status == .unauthorized)
            #expect(revoked.json["error"] as? String
                == "this API token is unknown or revoked; ask an admin for a new one (ladder accounts token NAME)")
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func anUnknownTokenOrAnotherSchemeIsRefused(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            #expect(try await client.get("/api/v1/me", [.authorization: "Bearer ladder_0000"]).status == .unauthorized)
            #expect(try await client.get("/api/v1/me", [.authorization: "Basic c2hlbmc6eA=="]).status == .unauthorized)
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func theRegistryKeepsOnlyTheDigest(_ engine: ServerEngine) throws {
        let fixture = try ServerFixture(on: engine)
        let made = Credentials.newToken()
        try fixture.registry.addToken(name: "sheng-viewer", digest: made.digest,
                                      context: WriteContext(operatorName: "admin", at: fixture.clock.now))
        #expect(made.token.hasPrefix("ladder_") && made.token.count == 71)
        #expect(made.digest.count == 64 && made.digest != made.token)
        #expect(try fixture.registry.account(tokenDigest: made.digest)?.name == "sheng-viewer")
        #expect(try fixture.registry.account(tokenDigest: made.token) == nil)
    }
}
