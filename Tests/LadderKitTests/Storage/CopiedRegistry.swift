@testable import LadderKit

/// A registry written on SQLite, on the engine a test runs on: itself, or a PostgreSQL copy made by
/// `ladder copy`'s fill (its caches, the name index included), for suites whose writes run on
/// SQLite only so far. The copy's database is dropped when the registry is let go of.
enum CopiedRegistry {
    static func of(_ registry: Registry, on kind: EngineUnderTest.Kind) throws -> Registry {
        switch kind {
        case .sqlite: return registry
        case .postgres: return Registry(engine: TestDatabaseEngine(try EnginePostgres(copyOf: registry)))
        }
    }
}
