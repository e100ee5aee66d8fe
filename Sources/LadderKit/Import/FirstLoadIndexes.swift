/// A first import into an empty registry on a server loads with the indexes and keys of the
/// tables it fills set aside (`RegistryIndexDeferring`) and builds them once at the end, as
/// SQLite's `DeferredIndexes` and `DeferredForeignKeys` do; the caches the write fills before it
/// commits (`grant_place`, the name index) are filled first, so they load the same way. They are
/// set aside only when the first rows are loaded, and built again as soon as the import has to
/// read the registry (a number seen twice, a firm found by name): a read never scans a table
/// whose index is missing. A role that does not own the tables loads with them in place.
struct FirstLoadIndexes {
    static let tables = ["enterprise", "event", "fact", "profile_version", "registration_change",
                         "grant_place", "firm_name", "firm_name_pairs"]

    private enum State {
        /// Nothing loaded yet.
        case untouched
        case setAside(SetAsideIndexes)
        /// In place for the rest of the import (built again, never set aside, or not allowed).
        case inPlace
    }

    private var state = State.untouched

    /// Before the import's first rows are loaded.
    mutating func setAside(_ connection: any RegistryConnection) throws {
        guard case .untouched = state else { return }
        state = .inPlace
        if let deferring = connection as? any RegistryIndexDeferring,
           let aside = try deferring.setIndexesAside(of: Self.tables) {
            state = .setAside(aside)
        }
    }

    /// A read before anything was loaded needs nothing; one with rows waiting to be loaded keeps
    /// the indexes in place from now on rather than dropping and building them around it.
    mutating func beforeRead(rowsKept: Int) {
        if case .untouched = state, rowsKept > 0 { state = .inPlace }
    }

    /// Fills the caches, then builds what was set aside; a duplicate key, a dangling row or a
    /// grant number in force twice (a fault in ladder) throws and the whole import rolls back.
    mutating func buildAgain(_ connection: any RegistryConnection) throws {
        guard case let .setAside(aside) = state, let deferring = connection as? any RegistryIndexDeferring else { return }
        state = .inPlace
        try ConnectedRegistry.fillGrantPlaces(connection)
        try ConnectedRegistry.fillFirmNames(connection)
        do {
            try deferring.buildAgain(aside)
        } catch {
            throw ImportError.indexesNotBuilt(reason: String(describing: error))
        }
        try GrantNumberRule.check(connection)  // what its trigger, set aside too, did not see
    }
}
