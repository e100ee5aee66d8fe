/// A connection that can set a table's secondary indexes and keys aside while an empty registry
/// is loaded in bulk and build them again after it, inside the same transaction (PostgreSQL's DDL
/// is transactional: a rollback or a killed process brings them back untouched). One sort per
/// index and one join per foreign key cost far less than upkeep row by row.
public protocol RegistryIndexDeferring: RegistryConnection {
    /// Drops the foreign keys, plain indexes and unique keys of `tables` that can be built again
    /// from the catalogue's own text, and disables the triggers that check what each insert
    /// statement wrote (they search those indexes); nil, touching nothing, when this connection's
    /// role may not (only a table's owner may). Keys other tables' foreign keys lean on stay.
    func setIndexesAside(of tables: [String]) throws -> SetAsideIndexes?
    /// Builds what `setIndexesAside` dropped: unique keys (a duplicate throws), indexes, the
    /// foreign keys (each validated over the whole table at once: a dangling row throws), then
    /// enables the triggers again (the caller checks what they did not see: `GrantNumberRule`).
    func buildAgain(_ aside: SetAsideIndexes) throws
}

/// What a first import set aside: the statements that build it again, in order.
public struct SetAsideIndexes: Sendable, Equatable {
    public let statements: [String]

    public init(statements: [String]) {
        self.statements = statements
    }
}
