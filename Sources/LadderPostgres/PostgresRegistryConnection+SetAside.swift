import LadderKit

/// A first import's indexes on PostgreSQL: dropped and built again from the catalogue's own text
/// (`pg_get_constraintdef`, `pg_get_indexdef`), so the registry's schema after the import is
/// exactly the migrations'.
extension PostgresRegistryConnection: RegistryIndexDeferring {
    /// What an index build may use: the default 64 MB spills a million rows' sort to disk.
    static let buildMemory = "256MB"

    public func setIndexesAside(of tables: [String]) throws -> SetAsideIndexes? {
        let list = StoredValue.text(tables.joined(separator: ","))
        guard try int64(Self.ownsAll, [list]) == 1 else { return nil }
        var drops: [String] = [], builds: [(order: Int64, sql: String)] = []
        try forEachRow(Self.setAsideSQL, [list]) { row in
            drops.append(row.text(0) ?? "")
            builds.append((row.int64(2) ?? 0, row.text(1) ?? ""))
        }
        for drop in drops { try execute(drop, []) }
        // Stable: within a step, the catalogue's order by name.
        let ordered = builds.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }
        return SetAsideIndexes(statements: ordered.map(\.element.sql))
    }

    public func buildAgain(_ aside: SetAsideIndexes) throws {
        try execute("SET LOCAL maintenance_work_mem = '\(Self.buildMemory)'", [])
        for statement in aside.statements { try execute(statement, []) }
        try execute("RESET maintenance_work_mem", [])
    }

    /// 1 when the connection's role owns (or is a member of the owner of) every table named.
    static let ownsAll = """
        SELECT CASE WHEN bool_and(pg_has_role(c.relowner, 'USAGE')) THEN 1 ELSE 0 END
        FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
          AND c.relname = ANY (string_to_array(?, ','))
        """

    /// Rows of (drop, build, build step): foreign keys dropped first and built last; then the
    /// plain indexes; then unique keys, built first, except a primary key on an identity column
    /// (appended in id order, cheap to keep) and keys another table's foreign key needs; then the
    /// triggers that check each insert statement's rows (`tgtype`: not per row, on insert), which
    /// search the indexes set aside: disabled, and enabled again after everything is built.
    static let setAsideSQL = """
        WITH loaded AS (
            SELECT c.oid, c.relname FROM pg_class c
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
              AND c.relname = ANY (string_to_array(?, ','))
        ), aside AS (
            SELECT 1 AS step, k.conname AS name,
                   format('ALTER TABLE %I DROP CONSTRAINT %I', l.relname, k.conname) AS drop_sql,
                   format('ALTER TABLE %I ADD CONSTRAINT %I %s', l.relname, k.conname, pg_get_constraintdef(k.oid)) AS build_sql,
                   3 AS build_step
            FROM pg_constraint k JOIN loaded l ON l.oid = k.conrelid WHERE k.contype = 'f'
            UNION ALL
            SELECT 2, ci.relname, format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid), 2
            FROM pg_index i JOIN loaded l ON l.oid = i.indrelid JOIN pg_class ci ON ci.oid = i.indexrelid
            WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid
                                AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
            UNION ALL
            SELECT 3, k.conname, format('ALTER TABLE %I DROP CONSTRAINT %I', l.relname, k.conname),
                   format('ALTER TABLE %I ADD CONSTRAINT %I %s', l.relname, k.conname, pg_get_constraintdef(k.oid)), 1
            FROM pg_constraint k JOIN loaded l ON l.oid = k.conrelid
            WHERE k.contype IN ('p', 'u')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = k.conindid
                                AND f.conrelid NOT IN (SELECT oid FROM loaded))
              AND NOT (k.contype = 'p' AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = k.conrelid
                                                     AND a.attnum = ANY (k.conkey) AND a.attidentity <> ''))
            UNION ALL
            SELECT 4, t.tgname, format('ALTER TABLE %I DISABLE TRIGGER %I', l.relname, t.tgname),
                   format('ALTER TABLE %I ENABLE TRIGGER %I', l.relname, t.tgname), 4
            FROM pg_trigger t JOIN loaded l ON l.oid = t.tgrelid
            WHERE NOT t.tgisinternal AND t.tgtype & 1 = 0 AND t.tgtype & 4 <> 0
        )
        SELECT drop_sql, build_sql, build_step FROM aside ORDER BY step, name
        """
}
