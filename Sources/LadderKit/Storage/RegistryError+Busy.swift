import GRDB

extension RegistryError {
    /// `error`, or `.busy` naming the lock's holder when it is SQLite's SQLITE_BUSY: a write
    /// waited longer than the busy timeout for another process. Callers that report errors to
    /// people pass every error through this, so a raw "database is locked" never reaches them.
    public static func explaining(_ error: any Error) -> any Error {
        guard let database = error as? DatabaseError, database.resultCode.primaryResultCode == .SQLITE_BUSY else {
            return error
        }
        return RegistryError.busy(holder: WriteLock.lastRefusal?.holder)
    }
}
