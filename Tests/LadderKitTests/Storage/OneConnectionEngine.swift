@testable import LadderKit

/// An engine that hands out one given connection: a registry whose every read and write goes
/// through it — the seam on a SQLite file (`GRDBConnection`, so the seam's SQL is checked against
/// SQLite's own statements), or a PostgreSQL connection a test watches.
final class OneConnectionEngine: RegistryEngine, @unchecked Sendable {
    let connection: any RegistryConnection
    let address: String

    init(_ connection: any RegistryConnection, address: String = "a test connection") {
        self.connection = connection
        self.address = address
    }

    func withConnection<T>(_ body: (any RegistryConnection) throws -> T) throws -> T {
        try body(connection)
    }
}
