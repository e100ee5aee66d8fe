import Foundation
import LadderPostgres
import Testing

@Suite struct PostgresPasswordTests {
    static let pgpass = """
        # host:port:database:user:password
        other.example:5432:*:ladder:wrong
        localhost:5432:registry:ladder:pa\\:ss\\\\word
        db.example:5433:*:ladder:on-5433
        *:*:*:*:fallback

        """

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let address: PostgresAddress
        let password: String?
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "localhost line also serves 127.0.0.1, escapes read",
             address: PostgresAddress(user: "ladder", host: "127.0.0.1", port: 5432, database: "registry"), password: "pa:ss\\word"),
        Case(name: "port must match", address: PostgresAddress(user: "ladder", host: "db.example", port: 5433, database: "x"),
             password: "on-5433"),
        Case(name: "first matching line wins, wildcard last",
             address: PostgresAddress(user: "ladder", host: "db.example", port: 5432, database: "x"), password: "fallback"),
    ])
    func findsTheLine(_ c: Case) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("pgpass").path
        try PostgresPasswordTests.pgpass.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(PostgresPassword.lookUp(for: c.address, environment: ["PGPASSFILE": file]) == c.password)
        #expect(PostgresPassword.lookUp(for: c.address, environment: ["PGPASSFILE": file, "PGPASSWORD": "from-env"]) == "from-env")
    }

    @Test func noFileNoPassword() {
        let address = PostgresAddress(user: "ladder", host: "h", port: 5432, database: "d")
        #expect(PostgresPassword.lookUp(for: address, environment: ["PGPASSFILE": "/nonexistent/pgpass"]) == nil)
    }
}
