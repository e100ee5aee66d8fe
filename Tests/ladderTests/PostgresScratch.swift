import Foundation
import LadderPostgres
import Testing

/// A new, empty database on the server `LADDER_TEST_POSTGRES` names (scripts/test.sh starts a
/// throwaway one), dropped when the test lets go of it. The same as LadderPostgresTests' own.
final class PostgresScratch {
    static let url = ProcessInfo.processInfo.environment["LADDER_TEST_POSTGRES"] ?? ""
    static var isConfigured: Bool { !url.isEmpty }
    static let skipNote: Comment = "LADDER_TEST_POSTGRES names no database: PostgreSQL tests skipped (scripts/test.sh sets it)"

    let address: PostgresAddress
    var url: String { address.description }

    init() throws {
        let name = "ladder_e_" + UUID().uuidString.prefix(8).lowercased()
        let server = try PostgresSession.connect(try PostgresAddress(PostgresScratch.url))
        defer { server.close() }
        try server.execute("CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
        address = server.address.with(database: name)
    }

    func connect() throws -> PostgresSession { try PostgresSession.connect(address) }

    deinit {
        guard let server = try? PostgresSession.connect(try PostgresAddress(PostgresScratch.url)) else { return }
        try? server.execute("DROP DATABASE IF EXISTS \(address.database) WITH (FORCE)")
        server.close()
    }
}
