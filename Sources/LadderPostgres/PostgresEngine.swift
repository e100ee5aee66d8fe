import Foundation
import LadderKit

/// LadderKit's `RegistryEngine` on a PostgreSQL registry: connections are opened on first need
/// and kept for the next use (a small pool, so `ladder serve`'s threads each hold one at a time).
/// The schema is checked once, on the first connection: a database without a registry, or one a
/// newer or older ladder migrated, is refused before anything is read or written.
public final class PostgresEngine: RegistryEngine, @unchecked Sendable {
    public let postgresAddress: PostgresAddress
    private let lock = NSLock()
    private var idle: [PostgresRegistryConnection] = []
    private var checked = false
    /// Idle connections kept beyond this many are closed when they come back. Enough for all that
    /// `ladder serve` holds at once under load (its 16 waiting threads, and writes and imports on
    /// threads of their own): closing some to reopen them at once made every busy second pay new
    /// server processes, a quarter to half a second each on a loaded machine (p99 over a second).
    private let keep: Int

    public init(_ address: PostgresAddress, keep: Int = 24) {
        self.postgresAddress = address
        self.keep = keep
    }

    public var address: String { postgresAddress.description }

    public func withConnection<T>(_ body: (any RegistryConnection) throws -> T) throws -> T {
        let connection = try take()
        do {
            let result = try body(connection)
            give(back: connection)
            return result
        } catch {
            // An error from the server leaves the session usable (the transaction was rolled back);
            // one from the connection itself closes it, and the pool lets it go.
            if connection.session.isUsable { give(back: connection) }
            throw error
        }
    }

    private func take() throws -> PostgresRegistryConnection {
        lock.lock()
        // An idle connection the server has ended since (a restart, an idle timeout, an
        // administrator) is let go of, and the next one tried.
        while let connection = idle.popLast() {
            guard connection.session.isUsable else { continue }
            lock.unlock()
            return connection
        }
        let needsCheck = !checked
        lock.unlock()
        let connection = try PostgresRegistryConnection.connect(postgresAddress)
        if needsCheck {
            try PostgresRegistry(session: connection.session).checkSchema()
            lock.lock()
            checked = true
            lock.unlock()
        }
        return connection
    }

    private func give(back connection: PostgresRegistryConnection) {
        lock.lock()
        defer { lock.unlock() }
        if idle.count < keep { idle.append(connection) }
    }
}
