/// What `candidates` found, and what it checked: the firms with facts that were not candidates,
/// by verdict, and the facts most often missing, so that an empty list says why.
public struct CandidateSearch: Sendable {
    /// Only firms in this region on the day were checked; nil: every firm.
    public internal(set) var region: Region?
    public internal(set) var candidates: [Candidate] = []
    /// Firms with facts on file checked against the rules (holders not up for renewal are not).
    public internal(set) var checked = 0
    public internal(set) var notEligible = 0
    public internal(set) var insufficientData = 0
    /// Fact → how many of the insufficient firms lack it.
    public internal(set) var missing: [String: Int] = [:]

    /// The facts most often missing, most first (ties by name), at most `limit`.
    public func mostMissing(_ limit: Int) -> [(fact: String, firms: Int)] {
        missing.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(limit).map { ($0.key, $0.value) }
    }

    /// Orders the list by region, then code. Each firm's region key is worked out once, not at
    /// every comparison: a national list sorts a hundred thousand firms.
    mutating func sortByRegionAndCode() {
        candidates = candidates.map { (region: $0.region.sortKey, code: $0.creditCode, candidate: $0) }
            .sorted { ($0.region, $0.code) < ($1.region, $1.code) }
            .map(\.candidate)
    }

    mutating func count(_ result: EligibilityResult) {
        checked += 1
        switch result.verdict {
        case .eligible: break
        case .notEligible: notEligible += 1
        case .insufficientData:
            insufficientData += 1
            for fact in result.missing { missing[fact, default: 0] += 1 }
        }
    }
}
