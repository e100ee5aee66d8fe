@testable import LadderKit

/// A SQLite registry reached as if it were a server's: every read and write through the seam
/// (`GRDBConnection`), so the seam's SQL is checked against SQLite's own statements on one file.
final class SeamOnSQLiteEngine: RegistryEngine, @unchecked Sendable {
    let registry: Registry

    init(_ registry: Registry) {
        self.registry = registry
    }

    var address: String { registry.address }

    func withConnection<T>(_ body: (any RegistryConnection) throws -> T) throws -> T {
        try body(GRDBConnection(registry))
    }
}
