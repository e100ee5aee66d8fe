/// How a rule's criteria combine into its verdict: criteria joined by all-of and any-of. Not
/// `indirect`: the arrays already hold the parts apart, and a box per criterion was an allocation
/// per criterion of every firm `candidates` checks.
enum Requirement: Sendable {
    case criterion(String)
    case all([Requirement])
    case any([Requirement])
    /// All the criteria the rule made, in their order: `all` of their ids, without an array of
    /// the ids or a search for each (a rule whose ids are distinct, as hnte's and leader's are).
    case allCriteria

    /// The verdict, and the missing facts that could still change it: none once it is decided,
    /// and only from the open branches while it is not. The first criterion of an id counts; a
    /// rule has about ten, so looking them up in turn costs less than hashing their ids.
    func evaluate(_ criteria: [Criterion]) -> (verdict: CriterionVerdict, missing: [String]) {
        switch self {
        case let .criterion(id):
            // Lengths first: most ids differ in length, and a count costs less than a comparison.
            let length = id.utf8.count
            guard let c = criteria.first(where: { $0.id.utf8.count == length && $0.id == id }) else {
                return (.unknown, [])
            }
            return (c.verdict, c.missing)
        case let .all(parts):
            return Requirement.combine(parts.lazy.map { $0.evaluate(criteria) }, decidedBy: .fail, otherwise: .pass)
        case let .any(parts):
            return Requirement.combine(parts.lazy.map { $0.evaluate(criteria) }, decidedBy: .pass, otherwise: .fail)
        case .allCriteria:
            return Requirement.combine(criteria.lazy.map { (verdict: $0.verdict, missing: $0.missing) },
                                       decidedBy: .fail, otherwise: .pass)
        }
    }

    static func all(_ ids: [String]) -> Requirement { .all(ids.map { .criterion($0) }) }

    /// Three-valued AND (`decidedBy` fail) or OR (pass), without arrays of the parts' outcomes:
    /// a part with the deciding verdict decides; else any unknown part leaves it open, missing
    /// what the unknown parts miss, in order.
    private static func combine(_ outcomes: some Sequence<(verdict: CriterionVerdict, missing: [String])>,
                                decidedBy deciding: CriterionVerdict,
                                otherwise: CriterionVerdict) -> (verdict: CriterionVerdict, missing: [String]) {
        var open = false, missing: [String] = []
        for outcome in outcomes {
            if outcome.verdict == deciding { return (deciding, []) }
            if outcome.verdict == .unknown {
                open = true
                missing += outcome.missing
            }
        }
        return open ? (.unknown, missing) : (otherwise, [])
    }
}
