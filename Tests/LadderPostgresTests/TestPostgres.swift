import Foundation
import LadderPostgres
import Testing

/// The PostgreSQL server the tests may use: `LADDER_TEST_POSTGRES` names a database on it
/// (scripts/test.sh starts a throwaway cluster and sets it). Each test makes its own database
/// beside that one, so the role needs CREATEDB.
enum TestPostgres {
    static let url = ProcessInfo.processInfo.environment["LADDER_TEST_POSTGRES"] ?? ""
    static var isConfigured: Bool { !url.isEmpty }
    static let skipNote: Comment = "LADDER_TEST_POSTGRES names no database: PostgreSQL tests skipped (scripts/test.sh sets it)"
    /// The CA file that signed the server's certificate (scripts/postgres-cluster.sh writes DIR/ca.pem).
    static let ca = ProcessInfo.processInfo.environment["LADDER_TEST_POSTGRES_CA"] ?? ""
    static var hasTLS: Bool { isConfigured && !ca.isEmpty }
    static let tlsSkipNote: Comment = "LADDER_TEST_POSTGRES or LADDER_TEST_POSTGRES_CA unset: TLS tests skipped (scripts/test.sh sets them)"

    static func server() throws -> PostgresSession {
        try PostgresSession.connect(try PostgresAddress(url))
    }
}

/// A new, empty database on the test server, dropped when the test lets go of it.
final class ScratchDatabase {
    let address: PostgresAddress

    init() throws {
        let name = "ladder_t_" + UUID().uuidString.prefix(8).lowercased()
        let server = try TestPostgres.server()
        defer { server.close() }
        try server.execute("CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
        address = server.address.with(database: name)
    }

    func connect() throws -> PostgresSession { try PostgresSession.connect(address) }

    deinit {
        guard let server = try? TestPostgres.server() else { return }
        try? server.execute("DROP DATABASE IF EXISTS \(address.database) WITH (FORCE)")
        server.close()
    }
}
