import LadderKit
import NIOCore

/// An import's bulk writes on PostgreSQL: COPY in text format, then the identity continued
/// after the ids the importer chose (as `ladder copy` does).
extension PostgresRegistryConnection: RegistryBulkLoading {
    public func load(into table: String, columns: [String], rows: [[StoredValue]]) throws {
        guard !rows.isEmpty else { return }
        var buffer = ByteBuffer()
        CopyTextFormat.encode(rows, into: &buffer)
        try session.copy(into: table, columns: columns, data: buffer)
    }

    public func continueIDs(of table: String) throws {
        try session.execute("""
            SELECT setval(s, m) FROM (SELECT pg_get_serial_sequence($1, 'id') AS s,
                (SELECT max(id) FROM "\(table)") AS m) AS t WHERE s IS NOT NULL AND m IS NOT NULL
            """, [.text(table)])
    }
}
