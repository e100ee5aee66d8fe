/// One line of the monthly trend: a count at the end of each month.
public struct TrendSeries: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        /// `YYYY-MM`.
        public var month: String
        public var count: Int

        public init(month: String, count: Int) {
            self.month = month
            self.count = count
        }
    }

    /// Legend label, e.g. `高新技术企业`.
    public var name: String
    /// Picks the line colour; nil uses a neutral palette.
    public var tier: Tier?
    /// In month order.
    public var points: [Point]

    public init(name: String, tier: Tier? = nil, points: [Point]) {
        self.name = name
        self.tier = tier
        self.points = points
    }
}
