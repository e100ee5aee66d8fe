import GRDB

extension TrigramIndexBuilder {
    /// Replaces the registry's empty indexes with the built ones, FTS5's shadow tables row for row
    /// (`_config` aside: `start` made sure both hold the same). The index is emptied through FTS5
    /// first ('delete-all'), so that the connection's FTS5 drops the structure it may have cached
    /// and reads the copied one: a copy behind its back would otherwise stay unseen by this connection.
    func copy(from temp: DatabaseQueue, into db: Database) throws {
        for table in TrigramIndexBuilder.tables {
            try db.execute(sql: "INSERT INTO \(table) (\(table)) VALUES ('delete-all')")
            try temp.inDatabase { tempDB in
                let shadows = try String.fetchAll(tempDB, sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, ?) = ? AND name <> ? ORDER BY name
                    """, arguments: [table.count + 1, table + "_", table + "_config"])
                for shadow in shadows {
                    try db.execute(sql: "DELETE FROM \(shadow)")
                    let read = try SQLiteStatement(tempDB, "SELECT * FROM \(shadow)")
                    let columns = read.columnCount
                    let placeholders = Array(repeating: "?", count: Int(columns)).joined(separator: ", ")
                    let write = try SQLiteStatement(db, "INSERT INTO \(shadow) VALUES (\(placeholders))")
                    while try read.step() {
                        write.reset()
                        for column in 0..<columns { write.bind(column + 1, valueOf: column, in: read) }
                        try write.execute()
                    }
                }
            }
        }
    }
}
