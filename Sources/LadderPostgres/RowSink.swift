import PostgresNIO

/// The caller's row handler, carried to the connection's event loop, which calls it for each row
/// while the caller's thread waits for the query's end: it is only ever called from one place at a time.
/// Keeps the handler's own error apart from the server's, to be thrown as it is.
final class RowSink: @unchecked Sendable {
    private var body: ((PostgresRow) throws -> Void)?
    private(set) var failure: (any Error)?

    init(_ body: @escaping (PostgresRow) throws -> Void) {
        self.body = body
    }

    func take(_ row: PostgresRow) throws {
        do { try body?(row) } catch {
            failure = error
            throw error
        }
    }

    /// Lets go of the handler: the query may outlive the caller's wait by a moment, the handler may not.
    func close() {
        body = nil
    }
}
