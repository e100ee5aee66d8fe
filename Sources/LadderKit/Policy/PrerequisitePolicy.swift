/// Which tiers a firm must validly hold on the listing day to enter a tier (DOMAIN.md §2):
/// any one of the listed tiers is enough; an empty list means no prerequisite.
public struct PrerequisitePolicy: Hashable, Sendable {
    public var anyOf: [Tier: [Tier]]

    public init(anyOf: [Tier: [Tier]]) { self.anyOf = anyOf }

    public func tiers(for tier: Tier) -> [Tier] { anyOf[tier] ?? [] }

    /// Whether a firm holding `valid` tiers on the listing day may enter `tier`.
    public func isMet(for tier: Tier, valid: Set<Tier>) -> Bool {
        let required = tiers(for: tier)
        return required.isEmpty || required.contains(where: valid.contains)
    }

    /// tsme none; hnte none; growth a valid tsme or hnte; leader a valid hnte.
    public static let standard = PrerequisitePolicy(anyOf: [.tsme: [], .hnte: [], .growth: [.tsme, .hnte], .leader: [.hnte]])
}

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
                    throw .invalid(path: path, reason: "\(tier.rawValue) cannot require \(prerequisite.rawValue); "
                                   + "a prerequisite must be a lower tier")
                }
                guard !required.contains(prerequisite) else {
                    throw .invalid(path: path, reason: "\(prerequisite.rawValue) is listed twice")
                }
                required.append(prerequisite)
            }
            anyOf[tier] = required
        }
        self.init(anyOf: anyOf)
    }
}
