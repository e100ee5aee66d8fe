import GRDB

extension Registry {
    /// Brings the schema up to date on open. A registry with migrations this ladder does not know
    /// was made by a newer ladder: refused, untouched. An older one is first copied beside itself
    /// (`NAME.backup-v1-<time>.sqlite`), then migrated, and the opener is told once. An
    /// up-to-date registry is only read, so opening never waits for another process's writer.
    func prepareSchema(options: OpenOptions) throws {
        let migrator = Migrations.migrator
        let known = migrator.migrations
        let (applied, completed) = try writer.read { db in
            (try migrator.appliedIdentifiers(db), try migrator.completedMigrations(db))
        }
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty {
            throw RegistryError.newerSchema(path: path ?? ":memory:", found: Registry.newest(unknown), known: known.last!)
        }
        if completed.count == known.count { return }
        var kept: String?
        if let path, let from = completed.last {
            let copy = RegistryFile.besidePath(of: path, label: "backup-\(from)", at: options.clock?())
            try backup(to: copy, force: false)
            kept = copy
        }
        do {
            try migrator.migrate(writer)
        } catch {
            // Another process may have migrated it at the same moment: that is success too.
            guard try writer.read(migrator.completedMigrations).count == known.count else { throw error }
        }
        if let kept, let from = completed.last, let path {
            options.notice?("upgraded \(path) from schema \(from) to \(known.last!); the \(from) registry was kept as \(kept)")
        }
    }

    /// The latest of migration identifiers `v1`, `v2`, … `v10` (by number, not by text).
    static func newest(_ identifiers: Set<String>) -> String {
        identifiers.max { a, b in
            let (na, nb) = (Int(a.dropFirst()) ?? 0, Int(b.dropFirst()) ?? 0)
            return na != nb ? na < nb : a < b
        }!
    }
}
