/// A plan target, e.g. 10000 valid 高新技术企业 in Jiangxi by 2025-12-31. Targets are appended;
/// the latest one recorded for a tier and region is in force.
public struct Target: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let tier: Tier
    public let region: TargetRegion
    public let count: Int
    public let due: Day
    public let recordedAt: Moment
    public let operatorName: String
    public let note: String?
}
