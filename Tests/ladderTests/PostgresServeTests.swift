import Foundation
import Testing

/// Two `ladder serve` processes on one PostgreSQL database, as behind nginx: what one writes the
/// other answers at once (its kept answers dropped), a session opened on one works on the other,
/// and a write by a `ladder` command is seen by both.
@Suite(.enabled(if: PostgresScratch.isConfigured, PostgresScratch.skipNote))
struct PostgresServeTests {
    static let stats = "/api/v1/stats?tier=hnte&by=tier&as_of=2025-06-30"
    static let firm = "91360722MA35G1YK7R"

    /// The firms counted in a `stats` answer (the sum of its rows' counts).
    static func count(_ body: String) -> Int {
        let rows = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [[String: Any]] ?? []
        return rows.compactMap { $0["count"] as? Int }.reduce(0, +)
    }

    @Test func aWriteThroughOneServerIsReadThroughTheOther() async throws {
        let database = try ServedDatabase()
        let (a, b) = (try database.server(), try database.server())
        #expect(a.url != b.url)
        // B counts, and keeps the answer until the registry changes.
        let before = try await b.send("GET", Self.stats)
        #expect(before.status == 200, "\(before.body)")
        #expect(Self.count(before.body) == 0)
        #expect(Self.count(try await b.send("GET", Self.stats).body) == 0)

        let added = try await a.send("POST", "/api/v1/enterprises", json: #"{"code": "\#(Self.firm)", "name": "信丰众城矿业有限公司"}"#)
        #expect(added.status == 201, "\(added.body)")
        let certified = try await a.send("POST", "/api/v1/enterprises/\(Self.firm)/certify",
                                         json: #"{"number": "GR202336000123", "issued": "2024-11-20", "override": "省认定名单"}"#)
        #expect(certified.status == 201, "\(certified.body)")

        // B answers the write at once: its kept count was dropped, and the firm shows the certificate.
        #expect(Self.count(try await b.send("GET", Self.stats).body) == 1)
        let shown = try await b.send("GET", "/api/v1/enterprises/\(Self.firm)?as_of=2025-06-30")
        #expect(shown.status == 200, "\(shown.body)")
        #expect(shown.body.contains("\"GR202336000123\""))
        let found = try await b.send("GET", "/api/v1/find?q=%E4%BC%97%E5%9F%8E")  // 众城
        #expect(found.body.contains(Self.firm), "\(found.body)")

        // A write by a `ladder` command (a third process) is seen by both servers.
        let cli = try LadderRun.run(["certify", "9136060006346630XD", "--number", "GR202336000124", "--issued", "2024-11-20",
                                     "--override", "省认定名单"], db: database.db)
        #expect(cli.status == 1)  // not registered yet: the command says so and writes nothing
        #expect(try LadderRun.run(["add", "9136060006346630XD", "--name", "鹰潭市信江海融小额贷款股份有限公司"], db: database.db).status == 0)
        #expect(try LadderRun.run(["certify", "9136060006346630XD", "--number", "GR202336000124", "--issued", "2024-11-20",
                                   "--override", "省认定名单"], db: database.db).status == 0)
        #expect(Self.count(try await a.send("GET", Self.stats).body) == 2)
        #expect(Self.count(try await b.send("GET", Self.stats).body) == 2)
    }

    /// Sessions live in the database: signed in on one server, the browser is signed in on the other,
    /// and signing out on that one ends it on both.
    @Test func aSessionOpenedOnOneServerWorksOnTheOther() async throws {
        let database = try ServedDatabase()
        let (a, b) = (try database.server(), try database.server())
        let login = try await a.send("POST", "/api/v1/session", json: #"{"username": "sheng-editor", "password": "correct-horse-1"}"#,
                                     bearer: false)
        #expect(login.status == 200, "\(login.body)")
        let cookie = try #require(login.headers["set-cookie"]?.split(separator: ";").first.map(String.init))
        let csrf = try #require(((try? JSONSerialization.jsonObject(with: Data(login.body.utf8))) as? [String: Any])?["csrf_token"] as? String)

        let me = try await b.send("GET", "/api/v1/me", headers: ["Cookie": cookie], bearer: false)
        #expect(me.status == 200, "\(me.body)")
        #expect(me.body.contains("\"username\":\"sheng-editor\""))
        // A write through B with the session A opened, as a browser sends it (B's own Origin).
        let added = try await b.send("POST", "/api/v1/enterprises", json: #"{"code": "\#(Self.firm)", "name": "信丰众城矿业有限公司"}"#,
                                     headers: ["Cookie": cookie, "X-CSRF-Token": csrf, "Origin": b.url], bearer: false)
        #expect(added.status == 201, "\(added.body)")

        let out = try await b.send("DELETE", "/api/v1/session", headers: ["Cookie": cookie, "X-CSRF-Token": csrf, "Origin": b.url],
                                   bearer: false)
        #expect(out.status == 204, "\(out.body)")
        #expect(try await a.send("GET", "/api/v1/me", headers: ["Cookie": cookie], bearer: false).status == 401)
    }
}
