import GRDB
import Testing
@testable import LadderKit

/// Accounts (migration v8): stored with hashes only, every change stamped with its operator,
/// sessions expiring when idle, failed logins counted in a window.
@Suite struct AccountRegistryTests {
    static let hash = "$2b$04$abcdefghijklmnopqrstuu5mC8g0GxYJxg4zW3xVEh2Qm2cL9Uy7e"

    @Test func anAccountIsAddedListedAndDisabled() throws {
        let registry = try Registry.inMemory()
        let added = try registry.addAccount(name: "ganzhou.li", role: .editor, region: .city(RegionCode(trusted: "360700")),
                                            passwordHash: AccountRegistryTests.hash, context: context("2025-01-01T00:00:00Z"))
        #expect(added.region.code == "360700")
        #expect(try registry.accounts().map(\.name) == ["ganzhou.li"])
        #expect(try registry.credentials(of: "ganzhou.li")?.passwordHash == AccountRegistryTests.hash)
        #expect(try registry.credentials(of: "nobody") == nil)
        let disabled = try registry.disableAccount(name: "ganzhou.li", context: context("2025-01-02T00:00:00Z", operator: "sheng"))
        #expect(disabled.disabledAt == moment("2025-01-02T00:00:00Z"))
        #expect(throws: AccountError.alreadyDisabled(name: "ganzhou.li")) {
            try registry.disableAccount(name: "ganzhou.li", context: context("2025-01-03T00:00:00Z"))
        }
        let changes = try registry.read { db in
            try Row.fetchAll(db, sql: "SELECT kind, operator, recorded_at FROM account_change ORDER BY id")
                .map { "\($0["kind"] as String) \($0["operator"] as String) \($0["recorded_at"] as String)" }
        }
        #expect(changes == ["add tester 2025-01-01T00:00:00.000000Z", "disable sheng 2025-01-02T00:00:00.000000Z"])
    }

    @Test func namesAreCheckedAndUnique() throws {
        let registry = try Registry.inMemory()
        try registry.addAccount(name: "李明", role: .viewer, region: .province, passwordHash: AccountRegistryTests.hash,
                                context: context("2025-01-01T00:00:00Z"))
        #expect(throws: AccountError.nameTaken(name: "李明")) {
            try registry.addAccount(name: "李明", role: .admin, region: .province, passwordHash: AccountRegistryTests.hash,
                                    context: context("2025-01-01T00:00:00Z"))
        }
        #expect(throws: AccountError.badName(name: "li ming")) {
            try registry.addAccount(name: "li ming", role: .viewer, region: .province, passwordHash: AccountRegistryTests.hash,
                                    context: context("2025-01-01T00:00:00Z"))
        }
        #expect(AccountError.unknownAccount(name: "x").description == "no account named 'x'; see `ladder accounts list`")
    }

    /// Idle for exactly the limit still counts; a microsecond more ends (and deletes) the session.
    @Test func aSessionEndsWhenIdleTooLong() throws {
        let registry = try Registry.inMemory()
        let account = try registry.addAccount(name: "a", role: .viewer, region: .province, passwordHash: AccountRegistryTests.hash,
                                              context: context("2025-01-01T00:00:00Z"))
        let digest = String(repeating: "ab", count: 32)
        try registry.openSession(account: account, digest: digest, csrfToken: "t", client: "10.0.0.1", at: moment("2025-01-01T00:00:00Z"))
        #expect(try registry.session(digest: digest, now: moment("2025-01-01T08:00:00Z"), idleSeconds: 8 * 3600)?.csrfToken == "t")
        #expect(try registry.session(digest: digest, now: moment("2025-01-01T16:00:00.000001Z"), idleSeconds: 8 * 3600) == nil)
        #expect(try registry.session(digest: digest, now: moment("2025-01-01T08:00:00Z"), idleSeconds: 8 * 3600) == nil)
    }

    @Test func aNewPasswordEndsTheSessions() throws {
        let registry = try Registry.inMemory()
        let account = try registry.addAccount(name: "a", role: .viewer, region: .province, passwordHash: AccountRegistryTests.hash,
                                              context: context("2025-01-01T00:00:00Z"))
        let digest = String(repeating: "cd", count: 32)
        try registry.openSession(account: account, digest: digest, csrfToken: "t", client: nil, at: moment("2025-01-01T00:00:00Z"))
        try registry.setPassword(name: "a", passwordHash: "$2b$04$other", context: context("2025-01-01T00:01:00Z"))
        #expect(try registry.session(digest: digest, now: moment("2025-01-01T00:02:00Z"), idleSeconds: 3600) == nil)
        #expect(try registry.credentials(of: "a")?.passwordHash == "$2b$04$other")
    }

    @Test func tokensAreRevokedOnce() throws {
        let registry = try Registry.inMemory()
        try registry.addAccount(name: "script", role: .viewer, region: .province, passwordHash: AccountRegistryTests.hash,
                                context: context("2025-01-01T00:00:00Z"))
        let digest = String(repeating: "ef", count: 32)
        let token = try registry.addToken(name: "script", digest: digest, context: context("2025-01-01T00:00:00Z"))
        #expect(try registry.account(tokenDigest: digest)?.name == "script")
        try registry.revokeToken(name: "script", id: token.id, context: context("2025-01-02T00:00:00Z"))
        #expect(try registry.account(tokenDigest: digest) == nil)
        #expect(throws: AccountError.tokenAlreadyRevoked(name: "script", id: token.id)) {
            try registry.revokeToken(name: "script", id: token.id, context: context("2025-01-03T00:00:00Z"))
        }
        #expect(throws: AccountError.unknownToken(name: "script", id: 99)) {
            try registry.revokeToken(name: "script", id: 99, context: context("2025-01-03T00:00:00Z"))
        }
        #expect(try registry.tokens(of: "script").map(\.revokedAt) == [moment("2025-01-02T00:00:00Z")])
    }

    /// Failures count from `since` inclusive; a success clears the keys it names.
    @Test func loginFailuresAreCountedInTheirWindow() throws {
        let registry = try Registry.inMemory()
        try registry.recordLoginFailure(keys: ["account:a", "client:1"], at: moment("2025-01-01T00:00:00Z"))
        try registry.recordLoginFailure(keys: ["account:a", "client:1"], at: moment("2025-01-01T00:10:00Z"))
        #expect(try registry.loginFailures(key: "account:a", since: moment("2025-01-01T00:00:00Z")) == 2)
        #expect(try registry.loginFailures(key: "account:a", since: moment("2025-01-01T00:00:00.000001Z")) == 1)
        try registry.clearLoginFailures(keys: ["account:a"], before: moment("2025-01-01T00:05:00Z"))
        #expect(try registry.loginFailures(key: "account:a", since: moment("2024-01-01T00:00:00Z")) == 0)
        #expect(try registry.loginFailures(key: "client:1", since: moment("2024-01-01T00:00:00Z")) == 1)
    }
}
