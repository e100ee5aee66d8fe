extension Registry {
    /// A firm's profile on `asOf`, from the events recorded by `knownAt` (all, when nil).
    /// `query` is a credit code or an exact current or former name.
    public func profile(of query: String, asOf: Day, knownAt: Moment? = nil) throws -> EnterpriseProfile {
        try reading { c in
            let enterprise = try Registry.known(c, Registry.resolve(c, query: query, knownAt: knownAt), knownAt: knownAt)
            if let knownAt, enterprise.createdAt > knownAt {
                throw RegistryError.notKnownAt(code: enterprise.creditCode.text, knownAt: knownAt,
                                               createdAt: enterprise.createdAt)
            }
            let policy = try Registry.policy(c, knownAt: knownAt)
            let history = try Registry.history(c, enterprise: enterprise, knownAt: knownAt, policy: policy)
            return EnterpriseProfile(enterprise: enterprise, asOf: asOf, knownAt: knownAt, policy: policy,
                                     history: history)
        }
    }
}
