import GRDB

extension Registry {
    /// The policy in force at `knownAt` (now, when nil).
    static func policy(_ db: Database, knownAt: Moment?) throws -> Policy {
        Policy.builtIn
    }

    public func policy(knownAt: Moment? = nil) throws -> Policy {
        try read { db in try Registry.policy(db, knownAt: knownAt) }
    }
}
