/// Everything the HTML report shows, as plain values: the caller (statistics queries) fills it,
/// `ReportHTML.render` draws it. Rows are drawn in the order given.
public struct ReportContent: Sendable, Equatable {
    /// e.g. `江西省科技企业梯次培育报告`.
    public var title: String
    /// The day the counts are for.
    public var asOf: Day
    /// Only events recorded by this moment were used; nil means everything recorded.
    public var knownAt: Moment?
    /// e.g. `jiangxi-2023 v1`.
    public var policyLabel: String
    public var generatedAt: Moment
    /// Cards with progress toward the plan's targets.
    public var headline: [HeadlineFigure]
    /// Valid 高新技术企业 per reporting region, usually the 12 of `ReportingRegion.reporting`; for
    /// the report of a city, per county.
    public var validByCity: [RegionCount]
    /// What the rows of `validByCity` are: `设区市`, or `县区` in the report of a city.
    public var placeLevel: String
    public var monthlyTrend: [TrendSeries]
    /// 高企 certificates grouped by issue year.
    public var cohorts: [CohortRow]
    /// 科技型中小企业 grouped by admission year, and how many climbed higher.
    public var funnel: [FunnelRow]
    /// Qualifications ending within `expiringWindowDays` after `asOf`.
    public var expiring: [ExpiringRow]
    public var expiringWindowDays: Int
    /// 口径说明: one sentence each, printed at the end (definitions, policy knobs in force).
    public var notes: [String]
    /// The language of the page's frame, headings and labels; the labels given above should be in
    /// it too. Content built by hand defaults to Chinese, as the report always was.
    public var language: Language

    public init(title: String, asOf: Day, knownAt: Moment? = nil, policyLabel: String, generatedAt: Moment,
                headline: [HeadlineFigure] = [], validByCity: [RegionCount] = [], placeLevel: String = "设区市",
                monthlyTrend: [TrendSeries] = [],
                cohorts: [CohortRow] = [], funnel: [FunnelRow] = [], expiring: [ExpiringRow] = [],
                expiringWindowDays: Int = 90, notes: [String] = [],
                language: Language = .zh) {
        self.title = title
        self.asOf = asOf
        self.knownAt = knownAt
        self.policyLabel = policyLabel
        self.generatedAt = generatedAt
        self.headline = headline
        self.validByCity = validByCity
        self.placeLevel = placeLevel
        self.monthlyTrend = monthlyTrend
        self.cohorts = cohorts
        self.funnel = funnel
        self.expiring = expiring
        self.expiringWindowDays = expiringWindowDays
        self.notes = notes
        self.language = language
    }
}
