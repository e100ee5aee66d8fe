/// A registry reached through a `RegistryConnection`: how the PostgreSQL engine (LadderPostgres)
/// runs LadderKit's reads. The statistics so far (`ConnectedRegistry+Statistics`): each read is
/// the same derivation as `Registry`'s, from rows the connection reads, in one snapshot.
public struct ConnectedRegistry {
    public let connection: any RegistryConnection

    public init(_ connection: any RegistryConnection) {
        self.connection = connection
    }

    /// Runs `body` with the statistics' reads, in one read snapshot. Reads never write: events
    /// past the cache's mark are read from `event` itself, so the answer is exact either way.
    func statisticsRead<T>(_ body: (ConnectionStatisticsReads) throws -> T) throws -> T {
        try connection.inReadSnapshot { try body(ConnectionStatisticsReads(connection: connection)) }
    }

    /// When the registry's first record was written (its first firm or event; nil when empty).
    public func firstRecordedAt() throws -> Moment? {
        try statisticsRead { try $0.firstRecordedAt() }
    }

    /// The policy in force at `knownAt` (now, when nil).
    public func policy(knownAt: Moment? = nil) throws -> Policy {
        try statisticsRead { try $0.policy(knownAt: knownAt) }
    }
}
