/// The ordered, frozen list of PostgreSQL migrations; `schema-postgres.sql` shows their result.
/// Applied ones are listed in `ladder_migration`, as GRDB lists SQLite's in `grdb_migrations`.
enum PostgresMigrations {
    static let all: [(identifier: String, sql: String)] = [
        ("v1", PostgresSchemaV1.sql),
        ("v2", PostgresSchemaV2.sql),
        ("v3", PostgresSchemaV3.sql),
        ("v4", PostgresSchemaV4.sql),
        ("v5", PostgresSchemaV5.sql),
        ("v6", PostgresSchemaV6.sql),
    ]

    static let table = """
        CREATE TABLE IF NOT EXISTS ladder_migration (identifier text PRIMARY KEY, applied_at text NOT NULL)
        """
}
