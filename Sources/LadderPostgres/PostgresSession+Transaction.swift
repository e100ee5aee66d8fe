extension PostgresSession {
    /// Runs `body` between `begin` (a `BEGIN …` statement) and `COMMIT`; on an error, rolls back and
    /// throws it. A session whose ROLLBACK fails too is closed: left inside a failed transaction, it
    /// would refuse (or, worse, half-run) whatever is asked of it next.
    public func transaction<T>(_ begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
        try execute(begin)
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            do { try execute("ROLLBACK") } catch { close() }
            throw error
        }
    }
}
