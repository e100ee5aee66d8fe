import Foundation
import LadderKit
import LadderPostgres
import Testing

/// A throwaway database on the server `LADDER_TEST_POSTGRES` names (scripts/test.sh starts one),
/// holding a copy of a SQLite registry; dropped when the test lets go of it.
final class EnginePostgres {
    static let url = ProcessInfo.processInfo.environment["LADDER_TEST_POSTGRES"] ?? ""
    static var isConfigured: Bool { !url.isEmpty }
    static let skipNote: Comment = "LADDER_TEST_POSTGRES names no database: PostgreSQL tests skipped (scripts/test.sh sets it)"

    let address: PostgresAddress
    let connection: PostgresRegistryConnection

    /// A new database filled from `registry` by `ladder copy`'s fill (its caches included).
    convenience init(copyOf registry: Registry) throws {
        try self.init(empty: ())
        let target = PostgresRegistry(session: connection.session)
        try registry.withRowSource { source in _ = try target.fill(from: source, sourceName: "the test registry") }
    }

    /// A new database holding an empty registry, as `ladder init` makes it.
    init(empty: Void) throws {
        let name = "ladder_k_" + UUID().uuidString.prefix(8).lowercased()
        let server = try PostgresSession.connect(try PostgresAddress(EnginePostgres.url))
        defer { server.close() }
        try server.execute("CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
        address = server.address.with(database: name)
        connection = try PostgresRegistryConnection.connect(address)
        _ = try PostgresRegistry(session: connection.session).initialise()
    }

    deinit {
        connection.session.close()
        guard let server = try? PostgresSession.connect(try PostgresAddress(EnginePostgres.url)) else { return }
        try? server.execute("DROP DATABASE IF EXISTS \(address.database) WITH (FORCE)")
        server.close()
    }
}
