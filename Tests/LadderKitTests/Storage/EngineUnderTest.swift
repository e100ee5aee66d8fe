@testable import LadderKit
import LadderPostgres
import Testing

/// A statistics suite's registry on the engine a test runs on: the SQLite registry itself, or a
/// PostgreSQL copy of it (`EnginePostgres`), read through the same `StatisticsReads`.
final class EngineUnderTest {
    enum Kind: String, CaseIterable, Sendable {
        case sqlite, postgres
    }

    /// The engines to run on: PostgreSQL too when `LADDER_TEST_POSTGRES` names a server.
    static var kinds: [Kind] { EnginePostgres.isConfigured ? Kind.allCases : [.sqlite] }

    let registry: Registry
    private let postgres: EnginePostgres?

    /// `registry` as written, on `kind` (copied to a new PostgreSQL database for `.postgres`).
    init(_ registry: Registry, on kind: Kind) throws {
        self.registry = registry
        postgres = kind == .postgres ? try EnginePostgres(copyOf: registry) : nil
    }

    /// The registry on this engine: the SQLite one itself, or its PostgreSQL copy.
    var statistics: Registry {
        if let postgres { return Registry(engine: PostgresEngine(postgres.address)) }
        return registry
    }

    /// Runs `body` with the statistics' reads of this engine, in one snapshot.
    func read<T>(_ body: (any StatisticsReads) throws -> T) throws -> T {
        if let postgres {
            return try postgres.connection.inReadSnapshot {
                try body(ConnectionStatisticsReads(connection: postgres.connection))
            }
        }
        return try registry.read { db in try body(SQLiteStatisticsReads(db: db)) }
    }
}
