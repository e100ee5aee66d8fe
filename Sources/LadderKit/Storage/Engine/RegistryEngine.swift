/// A registry kept by a database server rather than in a SQLite file LadderKit opens itself:
/// the engine hands out connections to it (LadderPostgres: a PostgreSQL database). LadderKit's
/// writes and reads that run on both engines take a `RegistryConnection` from here.
public protocol RegistryEngine: Sendable {
    /// The registry's address as people may read it (never a password).
    var address: String { get }
    /// Runs `body` on a connection of its own (from a pool or a new one) and takes it back after.
    func withConnection<T>(_ body: (any RegistryConnection) throws -> T) throws -> T
}
