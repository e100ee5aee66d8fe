/// The policy-document form of `EligibilityPolicy`: snake_case keys, every value validated on reading.
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
