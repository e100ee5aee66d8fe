import LadderKit

/// A PostgreSQL registry's schema as lines of text read from the system catalogue: every column
/// (type, NOT NULL, default, identity), constraint, index, trigger (and whether it is enabled) and
/// function of the current schema, sorted. Two databases built alike describe alike; the migration list is left out.
public enum PostgresSchemaCatalogue {
    static let queries = [
        """
        SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
            || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
            || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
            || CASE a.attidentity WHEN 'd' THEN ' IDENTITY BY DEFAULT' WHEN 'a' THEN ' IDENTITY ALWAYS' ELSE '' END
            || ' #' || a.attnum
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND a.attnum > 0
            AND NOT a.attisdropped AND c.relname <> 'ladder_migration'
        """,
        """
        SELECT 'constraint ' || c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relname <> 'ladder_migration'
        """,
        """
        SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename <> 'ladder_migration'
        """,
        """
        SELECT 'trigger ' || t.tgname || ' ' || pg_get_triggerdef(t.oid) || CASE t.tgenabled WHEN 'O' THEN '' ELSE ' (disabled)' END
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal
        """,
        """
        SELECT 'function ' || p.proname || ' ' || pg_get_function_result(p.oid) || ' ' || p.prosrc
        FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace
        """,
    ]

    public static func describe(_ session: PostgresSession) throws -> [String] {
        var lines: [String] = []
        for query in queries {
            for row in try session.rows(query, types: [.text]) {
                if case .text(let line) = row.first { lines.append(line) }
            }
        }
        return lines.sorted()
    }
}
