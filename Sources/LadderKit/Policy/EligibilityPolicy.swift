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

extension EligibilityPolicy {
    var json: PolicyJSON {
        .object(["tsme": tsme.json, "hnte": hnte.json, "growth": growth.json, "leader": leader.json])
    }

    init(_ r: PolicyReader) throws(PolicyError) {
        self.init(tsme: try TsmePolicy(try r.object("tsme", keys: TsmePolicy.keys)),
                  hnte: try HntePolicy(try r.object("hnte", keys: HntePolicy.keys)),
                  growth: try GrowthPolicy(try r.object("growth", keys: GrowthPolicy.keys)),
                  leader: try LeaderPolicy(try r.object("leader", keys: LeaderPolicy.keys)))
    }
}
