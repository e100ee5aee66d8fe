import Foundation
import GRDB

extension Registry {
    /// The connections to a registry file: a `DatabasePool` (WAL: readers never wait for the
    /// writer), except in one case. Opening a pool writes once when the `-wal` file is missing
    /// or empty, which waits for any other writer; a ladder writer always has a non-empty WAL,
    /// but another program (the `sqlite3` shell) may not. Then the pool gives up at once and a
    /// `DatabaseQueue` is used instead: it reads the same WAL snapshot without writing first.
    static func connect(path: String, options: OpenOptions) throws -> any DatabaseWriter {
        let existing = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) > 0
        let opening = OpeningPhase()
        let config = configuration(path: path, options: options, opening: opening)
        defer { opening.opened() }
        do {
            return try DatabasePool(path: path, configuration: config)
        } catch let error as DatabaseError where error.resultCode.primaryResultCode == .SQLITE_BUSY && existing {
            opening.opened()
            return try DatabaseQueue(path: path, configuration: config)
        }
    }
}
