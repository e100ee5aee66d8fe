/// The eligibility rules of every tier, as data.
public struct EligibilityPolicy: Hashable, Sendable {
    public var tsme: TsmePolicy
    public var hnte: HntePolicy
    public var growth: GrowthPolicy
    public var leader: LeaderPolicy

    public init(tsme: TsmePolicy, hnte: HntePolicy, growth: GrowthPolicy, leader: LeaderPolicy) {
        self.tsme = tsme
        self.hnte = hnte
        self.growth = growth
        self.leader = leader
    }

    public static let standard = EligibilityPolicy(tsme: .standard, hnte: .standard, growth: .standard, leader: .standard)
}
