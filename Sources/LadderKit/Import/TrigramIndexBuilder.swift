import Foundation
import GRDB

/// Builds the name index's two full-text indexes, `firm_name_trigram` and `firm_name_bigram` (the
/// names' character pairs), on a thread of its own during a first import into an empty registry, and
/// hands them to `Registry.fillFirmNames`, which copies their rows in before commit. Tokenizing a
/// million names is most of what SQLite needs for a first import; here it runs beside the writing
/// thread instead of after it.
///
/// The index is built in a private temporary database: a file SQLite deletes the moment it opens it,
/// so even a killed import leaves nothing behind, and whose pages spill to disk rather than to memory.
/// Its rowids are predicted: in an empty registry `firm_name` numbers the names 1, 2, … in the order
/// of the firms' ids, so each new firm's name is sent with its id as the firm is inserted.
/// `fillFirmNames` confirms every (id, name) it writes against what was sent (and sends the names it
/// adds after the firms', renames); on any difference the built index is dropped and SQLite builds
/// it in place as before. What is copied is byte for byte what SQLite builds in place: the same rows,
/// in the same order, in one transaction, under the same definition and configuration.
final class TrigramIndexBuilder: @unchecked Sendable {
    /// What became of the index built aside.
    enum Outcome: Equatable, Sendable {
        /// Built and copied into the registry.
        case copied
        /// The names written differed from those sent: SQLite built the index in place.
        case differed
        /// The private database failed (e.g. a full temporary directory): SQLite built it in place.
        case failed(String)
    }

    static let table = "firm_name_trigram"
    /// The pairs' index, built beside it from the same keys (`NameKey.pairText`).
    static let pairsTable = "firm_name_bigram"
    static let tables = [table, pairsTable]
    private static let batchSize = 1024
    /// Batches waiting for the builder: a writer that gets this far ahead waits, so memory stays flat.
    private static let capacity = 8

    private var temp: DatabaseQueue?
    private let condition = NSCondition()
    private var queue: [[(rowid: Int64, name: String)]] = []
    private var sendingDone = false
    private var cancelled = false
    private var buildingDone = false
    private var failure: (any Error)?

    // The writing thread's side, touched only there.
    private var batch: [(rowid: Int64, name: String)] = []
    private var sent = 0
    private var sentHash = FNV1a()
    private var confirmed = 0
    private var confirmedHash = FNV1a()
    private(set) var outcome: Outcome?

    /// A builder for a first import, or nil when the registry's index is not the empty one a
    /// definition makes (then SQLite builds it in place). Only `db`'s schema is read.
    static func start(_ db: Database) throws -> TrigramIndexBuilder? {
        guard try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM firm_name)") == true else { return nil }
        // The empty string names a private temporary database (SQLite's, deleted on open).
        let temp = try DatabaseQueue(path: "")
        try temp.writeWithoutTransaction { tempDB in
            // No journal to keep (a failure discards the file), 4 MiB of cache (the rest spills to the file).
            try tempDB.execute(sql: "PRAGMA journal_mode = MEMORY; PRAGMA cache_size = -4096; PRAGMA secure_delete = OFF")
        }
        for table in tables {
            guard let definition = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [table]),
                  try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM \(table)_idx)") == true
            else { return nil }
            let configuration = try Row.fetchAll(db, sql: "SELECT k, v FROM \(table)_config ORDER BY k")
            let sameConfiguration = try temp.writeWithoutTransaction { tempDB in
                try tempDB.execute(sql: definition)
                // The registry's settings (automerge, pgsz, …) decide how the index is laid out: the same here.
                for setting in configuration where setting["k"] as String? != "version" {
                    try tempDB.execute(sql: "INSERT INTO \(table) (\(table), rank) VALUES (?, ?)", arguments: [setting["k"], setting["v"]])
                }
                return try Row.fetchAll(tempDB, sql: "SELECT k, v FROM \(table)_config ORDER BY k") == configuration
            }
            // One this ladder cannot reproduce (another FTS5 version's) builds in place.
            guard sameConfiguration else { return nil }
        }
        return TrigramIndexBuilder(temp: temp)
    }

    private init(temp: DatabaseQueue) {
        self.temp = temp
        batch.reserveCapacity(TrigramIndexBuilder.batchSize)
        let thread = Thread { [self] in build(temp) }
        thread.start()
    }

    /// A new firm's registered name, as its row is inserted (`rowid` is the firm's id).
    func add(rowid: Int64, name: String) {
        sent += 1
        sentHash.add(rowid)
        sentHash.add(name)
        batch.append((rowid, name))
        if batch.count == TrigramIndexBuilder.batchSize {
            put(batch)
            batch.removeAll(keepingCapacity: true)
        }
    }

    /// A name `fillFirmNames` writes, in its order: one sent during the rows is confirmed, one
    /// after them (a rename, numbered after every firm) is sent now.
    func confirm(rowid: Int64, name: String) {
        if confirmed == sent { add(rowid: rowid, name: name) }
        confirmed += 1
        confirmedHash.add(rowid)
        confirmedHash.add(name)
    }

    /// Waits for the index and copies it into `db`'s empty one; false (nothing written) when the names
    /// differed or the private database failed, and SQLite must build the index in place.
    func finish(into db: Database) throws -> Bool {
        defer { close() }
        guard confirmed == sent, confirmedHash.value == sentHash.value else {
            outcome = .differed
            return false
        }
        if !batch.isEmpty { put(batch) }
        batch = []
        condition.lock()
        sendingDone = true
        condition.broadcast()
        while !buildingDone { condition.wait() }
        let failure = self.failure
        condition.unlock()
        if let failure {
            outcome = .failed(String(describing: failure))
            return false
        }
        guard let temp else { return false }
        try copy(from: temp, into: db)
        outcome = .copied
        return true
    }

    /// Stops the builder and deletes its database; what `finish` ends with, and what an import that
    /// failed before it calls.
    func close() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !buildingDone { condition.wait() }
        condition.unlock()
        temp = nil
    }

    private func put(_ names: [(rowid: Int64, name: String)]) {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= TrigramIndexBuilder.capacity && !buildingDone { condition.wait() }
        guard !buildingDone else { return }  // failed: `finish` says so
        queue.append(names)
        condition.broadcast()
    }

    /// The next batch; nil once everything was sent (or the import gave up).
    private func take() -> [(rowid: Int64, name: String)]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !sendingDone && !cancelled { condition.wait() }
        guard !cancelled, !queue.isEmpty else { return nil }
        condition.broadcast()
        return queue.removeFirst()
    }

    /// The builder thread: one transaction, one insert per name and index, in the order
    /// `fillFirmNames` inserts them in place.
    private func build(_ temp: DatabaseQueue) {
        var failure: (any Error)?
        do {
            try temp.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN")
                do {
                    let insert = try SQLiteStatement(db, "INSERT INTO \(TrigramIndexBuilder.table) (rowid, key) VALUES (?, ?)")
                    let insertPairs = try SQLiteStatement(db, "INSERT INTO \(TrigramIndexBuilder.pairsTable) (rowid, pairs) VALUES (?, ?)")
                    while let names = take() {
                        for (rowid, name) in names {
                            let key = NameKey.of(name)
                            insert.reset()
                            insert.bind(1, rowid)
                            insert.bind(2, key)
                            try insert.execute()
                            insertPairs.reset()
                            insertPairs.bind(1, rowid)
                            insertPairs.bind(2, NameKey.pairText(of: key))
                            try insertPairs.execute()
                        }
                    }
                } catch {
                    try? db.execute(sql: "ROLLBACK")
                    throw error
                }
                // Committing writes FTS5's last pending terms, as the import's commit would.
                try db.execute(sql: isCancelled ? "ROLLBACK" : "COMMIT")
            }
        } catch {
            failure = error
        }
        condition.lock()
        self.failure = failure
        buildingDone = true
        condition.broadcast()
        condition.unlock()
    }

    private var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }
}
