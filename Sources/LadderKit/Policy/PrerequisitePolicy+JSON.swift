/// The policy-document form of `PrerequisitePolicy`: snake_case keys, every value validated on reading.
extension PrerequisitePolicy {
    var json: PolicyJSON {
        var fields: [String: PolicyJSON] = [:]
        for tier in Tier.allCases { fields[tier.rawValue] = .array(tiers(for: tier).map { .string($0.rawValue) }) }
        return .object(fields)
    }

    init(_ r: PolicyReader) throws(PolicyError) {
        var anyOf: [Tier: [Tier]] = [:]
        for tier in Tier.allCases {
            var required: [Tier] = []
            for (value, path) in try r.array(tier.rawValue) {
                let prerequisite = try PolicyReader.choice(value, path: path, Tier.self)
                guard prerequisite < tier else {
                    throw .invalid(path: path, reason: PolicyWords(.prerequisiteNotLower, ["tier": tier.rawValue, "prerequisite": prerequisite.rawValue]))
                }
                guard !required.contains(prerequisite) else {
                    throw .invalid(path: path, reason: PolicyWords(.listedTwice, ["value": prerequisite.rawValue]))
                }
                required.append(prerequisite)
            }
            anyOf[tier] = required
        }
        self.init(anyOf: anyOf)
    }
}
