/// The 高新技术企业 R&D intensity required for a size of firm: when the latest year's sales are at
/// most `revenueAtMostYuan` (no limit on the last row), R&D over the last years must be at least
/// `minimum` of sales over the same years.
public struct HnteRdBand: Hashable, Sendable {
    public var revenueAtMostYuan: Int64?
    public var minimum: Percent

    public init(revenueAtMostYuan: Int64?, minimum: Percent) {
        self.revenueAtMostYuan = revenueAtMostYuan
        self.minimum = minimum
    }
}
