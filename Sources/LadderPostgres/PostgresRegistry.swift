import LadderKit

/// A registry in a PostgreSQL database: its schema (migrated on `initialise`), and, for
/// `ladder copy`, its rows in and out. LadderKit's statistics read it through
/// `PostgresRegistryConnection` and `ConnectedRegistry`; its named writes do not run here yet.
public struct PostgresRegistry {
    public let session: PostgresSession

    public init(session: PostgresSession) {
        self.session = session
    }

    /// Brings the database to the newest schema in one transaction, holding the registry's
    /// advisory lock (two `ladder init` at once: one migrates, the other then finds it done).
    /// A database migrated by a newer ladder is refused.
    @discardableResult
    public func initialise() throws -> PostgresSchemaChange {
        try inTransaction { try migrate() }
    }

    /// Applies the migrations not yet applied, inside the caller's transaction (PostgreSQL's DDL is
    /// transactional, so a copy that fails later leaves no schema behind either).
    @discardableResult
    func migrate() throws -> PostgresSchemaChange {
        try session.execute(PostgresMigrations.table)
        let applied = try appliedMigrations()
        var added: [String] = []
        for migration in PostgresMigrations.all where !applied.contains(migration.identifier) {
            try session.run(script: migration.sql)
            try session.execute("INSERT INTO ladder_migration (identifier, applied_at) VALUES ($1, now()::text)",
                                [.text(migration.identifier)])
            added.append(migration.identifier)
        }
        if added.isEmpty { return .unchanged }
        return applied.isEmpty ? .created : .upgraded(applied: added)
    }

    /// Refuses, changing nothing, a database that holds no registry, one a newer ladder migrated, or
    /// one that lacks this ladder's migrations: what a read checks before it trusts the schema.
    public func checkSchema() throws {
        let address = session.address.description
        guard try session.text("SELECT to_regclass('ladder_migration')::text") != nil else {
            throw PostgresError.notARegistry(address: address)
        }
        let applied = try appliedMigrations()
        if let missing = PostgresMigrations.all.map(\.identifier).first(where: { !applied.contains($0) }) {
            throw PostgresError.olderSchema(address: address, missing: missing)
        }
    }

    /// The migrations applied; a database migrated by a newer ladder is refused.
    private func appliedMigrations() throws -> Set<String> {
        let applied = Set(try session.rows("SELECT identifier FROM ladder_migration", types: [.text])
            .compactMap { if case .text(let id) = $0.first { id } else { nil } })
        if let unknown = applied.subtracting(PostgresMigrations.all.map(\.identifier)).sorted().last {
            throw PostgresError.newerSchema(address: session.address.description, found: unknown)
        }
        return applied
    }

    /// Runs `body` in one transaction that holds the registry's advisory write lock: the
    /// PostgreSQL counterpart of SQLite's single writer, which the next slices' writes will take too.
    public func inTransaction<T>(_ body: () throws -> T) throws -> T {
        try session.transaction {
            try session.execute("SELECT pg_advisory_xact_lock(\(PostgresRegistry.writeLockKey))")
            return try body()
        }
    }

    /// The advisory lock every writer of a PostgreSQL registry takes (`ladder` as 6 bytes of ASCII).
    static let writeLockKey: Int64 = 0x6C_61_64_64_65_72
}
