/// How a rule's criteria combine into its verdict: criteria joined by all-of and any-of.
indirect enum Requirement: Sendable {
    case criterion(String)
    case all([Requirement])
    case any([Requirement])

    /// The verdict, and the missing facts that could still change it: none once it is decided,
    /// and only from the open branches while it is not. The first criterion of an id counts; a
    /// rule has about ten, so looking them up in turn costs less than hashing their ids.
    func evaluate(_ criteria: [Criterion]) -> (verdict: CriterionVerdict, missing: [String]) {
        switch self {
        case let .criterion(id):
            guard let c = criteria.first(where: { $0.id == id }) else { return (.unknown, []) }
            return (c.verdict, c.missing)
        case let .all(parts):
            let results = parts.map { $0.evaluate(criteria) }
            let verdict = CriterionVerdict.all(results.map(\.verdict))
            return (verdict, verdict == .unknown ? results.filter { $0.verdict == .unknown }.flatMap(\.missing) : [])
        case let .any(parts):
            let results = parts.map { $0.evaluate(criteria) }
            let verdict = CriterionVerdict.any(results.map(\.verdict))
            return (verdict, verdict == .unknown ? results.filter { $0.verdict == .unknown }.flatMap(\.missing) : [])
        }
    }

    static func all(_ ids: [String]) -> Requirement { .all(ids.map { .criterion($0) }) }
}
