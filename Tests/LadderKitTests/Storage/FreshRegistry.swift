@testable import LadderKit
import LadderPostgres

/// An empty registry on the engine a test runs on: SQLite in memory, or a new PostgreSQL database
/// on the server `LADDER_TEST_POSTGRES` names, dropped when the registry is let go of. Suites that
/// run on both engines take `EngineUnderTest.kinds` as arguments and start from one of these.
enum FreshRegistry {
    static func on(_ kind: EngineUnderTest.Kind) throws -> Registry {
        switch kind {
        case .sqlite: return try Registry.inMemory()
        case .postgres: return Registry(engine: TestDatabaseEngine(try EnginePostgres(empty: ())))
        }
    }
}

/// A PostgreSQL registry's engine that keeps its throwaway database for as long as the registry
/// lives (the database is dropped when the last copy of the registry is gone).
final class TestDatabaseEngine: RegistryEngine, @unchecked Sendable {
    let database: EnginePostgres
    let engine: PostgresEngine

    init(_ database: EnginePostgres) {
        self.database = database
        self.engine = PostgresEngine(database.address)
    }

    var address: String { engine.address }

    func withConnection<T>(_ body: (any RegistryConnection) throws -> T) throws -> T {
        try engine.withConnection(body)
    }
}
