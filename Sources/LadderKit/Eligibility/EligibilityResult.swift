/// The outcome of checking one firm against one tier's rules under one policy.
///
/// JSON: `{"tier", "category", "as_of", "year", "verdict", "policy": {"id", "version"},
/// "criteria": [{"id", "verdict", "value", "threshold", "explanation"}], "score", "missing", "note"}`.
public struct EligibilityResult: Sendable, Encodable {
    public let tier: Tier
    public let category: ListCategory?
    public let asOf: Day
    public let year: Int
    public let verdict: EligibilityVerdict
    public let policy: PolicyReference
    public let criteria: [Criterion]
    /// The tsme score or the hnte innovation score; nil for other tiers.
    public let score: ScoreSummary?
    /// Facts whose entry could change an insufficient-data verdict; empty otherwise.
    public let missing: [String]
    /// A remark on the rule itself, e.g. that its thresholds are placeholders, in either language.
    public let notePhrase: Phrase?
    /// The remark in English, as the JSON gives it.
    public var note: String? { notePhrase?.text(in: .en) }

    init(tier: Tier, category: ListCategory?, input: EligibilityInput, policy: Policy, criteria: [Criterion],
         requirement: Requirement, score: ScoreSummary? = nil, note: Phrase? = nil) {
        self.tier = tier
        self.category = category
        asOf = input.asOf
        year = input.year
        self.policy = PolicyReference(policy)
        self.criteria = criteria
        self.score = score
        notePhrase = note
        let outcome = requirement.evaluate(criteria)
        verdict = EligibilityVerdict(outcome.verdict)
        var seen = Set<String>()
        missing = outcome.missing.filter { seen.insert($0).inserted }
    }

    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }

    enum CodingKeys: String, CodingKey {
        case tier, category, year, verdict, policy, criteria, score, missing, note
        case asOf = "as_of"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(tier, forKey: .tier)
        try c.encode(category, forKey: .category)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(year, forKey: .year)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(policy, forKey: .policy)
        try c.encode(criteria, forKey: .criteria)
        try c.encode(score, forKey: .score)
        try c.encode(missing, forKey: .missing)
        try c.encode(note, forKey: .note)
    }
}
