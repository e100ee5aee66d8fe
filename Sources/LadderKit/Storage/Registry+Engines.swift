import GRDB

/// The registry's transactions on either engine, through the seam: code written on a
/// `RegistryConnection` runs unchanged on a SQLite file and on a database server.
extension Registry {
    /// Runs `body` in one write transaction that holds the registry's write lock; the caches
    /// (`grant_place`, the name index) are brought up to date before it commits, as every write
    /// does. On SQLite this is `transaction`.
    func writing<T>(_ body: (any RegistryConnection) throws -> T) throws -> T {
        switch store {
        case .sqlite:
            return try transaction { db in try body(GRDBConnection(db)) }
        case let .engine(engine):
            return try engine.withConnection { connection in
                try connection.inWriteTransaction {
                    let result = try body(connection)
                    try ConnectedRegistry.fillGrantPlaces(connection)
                    try ConnectedRegistry.fillFirmNames(connection)
                    return result
                }
            }
        }
    }

    /// Runs `body` in one read snapshot: every read in it sees the same moment of the registry.
    func reading<T>(_ body: (any RegistryConnection) throws -> T) throws -> T {
        switch store {
        case .sqlite:
            return try read { db in try body(GRDBConnection(db)) }
        case let .engine(engine):
            return try engine.withConnection { connection in try connection.inReadSnapshot { try body(connection) } }
        }
    }

    /// Runs `body`, which reads with one statement: a statement sees one moment by itself, so on a
    /// database server it runs without a transaction around it — one round trip, not three (every
    /// request's sign-in check is one, and the server's requests are mostly round trips).
    func readingOneStatement<T>(_ body: (any RegistryConnection) throws -> T) throws -> T {
        switch store {
        case .sqlite:
            return try read { db in try body(GRDBConnection(db)) }
        case let .engine(engine):
            return try engine.withConnection(body)
        }
    }
}
