/// Everything a rule looks at for one firm: pure values the caller gathers from the registry.
public struct EligibilityInput: Sendable {
    /// 成立日期; nil when not recorded.
    public var founded: Day?
    /// The enterprise's field as recorded; a field in the year's facts wins over it.
    public var field: String?
    /// The evaluation day: the application or listing day.
    public var asOf: Day
    /// The fiscal year evaluated, normally the latest completed one (see `latestCompletedYear`).
    public var year: Int
    /// Facts by fiscal year, each already merged from its versions.
    public var facts: [Int: AnnualFacts]
    /// Tiers the firm validly holds on `asOf` (for the tsme direct route and prerequisites).
    public var validTiers: Set<Tier>
    /// False when only the verdict, the missing facts and the score are read (`candidates`): the
    /// rules then make none of their criteria's phrases, each an allocation per firm.
    var worded = true

    public init(founded: Day?, field: String? = nil, asOf: Day, year: Int? = nil, facts: [Int: AnnualFacts],
                validTiers: Set<Tier> = []) {
        self.founded = founded
        self.field = field
        self.asOf = asOf
        self.year = year ?? EligibilityInput.latestCompletedYear(asOf: asOf)
        self.facts = facts
        self.validTiers = validTiers
    }

    /// The fiscal year before the evaluation day's year (Chinese fiscal years are calendar years).
    public static func latestCompletedYear(asOf: Day) -> Int { asOf.year - 1 }

    /// The last `count` fiscal years up to `year`, leaving out years before the founding year.
    func recentYears(_ count: Int) -> [Int] {
        let first = max(year - count + 1, founded?.year ?? Int.min)
        return first <= year ? Array(first...year) : []
    }
}
