import LadderPostgres
import Testing

@Suite struct PostgresAddressTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let environment: [String: String]
        let user: String, host: String, port: Int, database: String, shown: String
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "postgres://ladder@db.example:5433/registry", environment: [:], user: "ladder", host: "db.example",
             port: 5433, database: "registry", shown: "postgres://ladder@db.example:5433/registry"),
        Case(text: "postgresql://ladder@127.0.0.1/registry", environment: [:], user: "ladder", host: "127.0.0.1",
             port: 5432, database: "registry", shown: "postgres://ladder@127.0.0.1:5432/registry"),
        Case(text: "postgres://ladder@[::1]:6000/r", environment: [:], user: "ladder", host: "::1",
             port: 6000, database: "r", shown: "postgres://ladder@[::1]:6000/r"),
        Case(text: "postgres://127.0.0.1:1/registry", environment: ["PGUSER": "clerk", "USER": "root"], user: "clerk",
             host: "127.0.0.1", port: 1, database: "registry", shown: "postgres://clerk@127.0.0.1:1/registry"),
        Case(text: "POSTGRES:///registry", environment: ["USER": "root"], user: "root", host: "localhost",
             port: 5432, database: "registry", shown: "postgres://root@localhost:5432/registry"),
    ])
    func reads(_ c: Case) throws {
        let address = try PostgresAddress(c.text, environment: c.environment)
        #expect(address.user == c.user)
        #expect(address.host == c.host)
        #expect(address.port == c.port)
        #expect(address.database == c.database)
        #expect(address.description == c.shown)
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        let text: String
        let error: PostgresError
        var testDescription: String { text }
    }

    @Test(arguments: [
        Refusal(text: "postgres://ladder:s3cret-pw@db.example/registry",
                error: .passwordInAddress(address: "postgres://ladder:***@db.example/registry")),
        Refusal(text: "postgresql://ladder:@db.example:5432/registry",
                error: .passwordInAddress(address: "postgresql://ladder:***@db.example:5432/registry")),
        Refusal(text: "postgres://ladder@db.example/", error: .badAddress(address: "postgres://ladder@db.example/", reason: .noDatabase)),
        Refusal(text: "postgres://ladder@db.example/r#top", error: .badAddress(address: "postgres://ladder@db.example/r#top", reason: .fragment)),
        Refusal(text: "postgres://ladder@db.example:0/r", error: .badAddress(address: "postgres://ladder@db.example:0/r", reason: .badPort)),
        Refusal(text: "postgres://db.example/r", error: .badAddress(address: "postgres://db.example/r", reason: .noUser)),
    ])
    func refuses(_ r: Refusal) {
        #expect(throws: r.error) { try PostgresAddress(r.text, environment: [:]) }
    }

    @Test func passwordIsNeverInTheMessage() {
        let error = PostgresError.passwordInAddress(address: "postgres://ladder:***@db.example/registry")
        #expect(!error.description.contains("s3cret"))
        #expect(error.description.contains("postgres://ladder:***@db.example/registry"))
        #expect(error.description.contains("PGPASSWORD"))
    }

    @Test(arguments: [("ladder.sqlite", false), ("/srv/postgres/ladder.sqlite", false), ("POSTGRES://x@h/d", true),
                      ("postgresql://x@h/d", true), ("postgres:/x", false)])
    func tellsAddressesFromPaths(text: String, isAddress: Bool) {
        #expect(PostgresAddress.isAddress(text) == isAddress)
    }
}
