import Foundation
import LadderKit
import LadderPostgres
import Testing

/// The engine a server suite runs on: a SQLite file, and also a PostgreSQL database when
/// `LADDER_TEST_POSTGRES` names a server (scripts/test.sh starts a throwaway one).
enum ServerEngine: String, CaseIterable, Sendable {
    case sqlite, postgres

    static var kinds: [ServerEngine] { ServerDatabase.isConfigured ? allCases : [.sqlite] }
}

/// A new PostgreSQL database holding an empty registry, as `ladder init` makes it, on the server
/// `LADDER_TEST_POSTGRES` names; dropped when the test lets go of it.
final class ServerDatabase: @unchecked Sendable {
    static let url = ProcessInfo.processInfo.environment["LADDER_TEST_POSTGRES"] ?? ""
    static var isConfigured: Bool { !url.isEmpty }
    static let skipNote: Comment = "LADDER_TEST_POSTGRES names no database: PostgreSQL tests skipped (scripts/test.sh sets it)"

    let address: PostgresAddress

    init() throws {
        let name = "ladder_s_" + UUID().uuidString.prefix(8).lowercased()
        let server = try PostgresSession.connect(try PostgresAddress(ServerDatabase.url))
        defer { server.close() }
        try server.execute("CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
        address = server.address.with(database: name)
        let session = try PostgresSession.connect(address)
        defer { session.close() }
        _ = try PostgresRegistry(session: session).initialise()
    }

    /// The registry on this database through an engine of its own (its own connections, as another
    /// `ladder serve` holds them).
    func registry() -> Registry { Registry(engine: PostgresEngine(address)) }

    deinit {
        guard let server = try? PostgresSession.connect(try PostgresAddress(ServerDatabase.url)) else { return }
        try? server.execute("DROP DATABASE IF EXISTS \(address.database) WITH (FORCE)")
        server.close()
    }
}
