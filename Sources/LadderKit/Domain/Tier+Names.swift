extension Tier {
    /// What bureau staff write for each tier besides its slug: the official name and the short
    /// names of everyday speech (科小, 高企, 领军 …).
    static let spokenNames: [Tier: [String]] = [
        .tsme: ["科技型中小企业", "科小", "科技型中小", "科小企业"],
        .hnte: ["高新技术企业", "高企", "高新企业", "国家高新技术企业"],
        .growth: ["高成长性科技型企业", "高成长", "高成长企业", "高成长性企业"],
        .leader: ["科技领军企业", "领军", "领军企业"],
    ]

    /// A tier from its slug (any case), its Chinese name or a common short name; nil otherwise.
    public init?(name raw: String) {
        let text = raw.trimmingSpaces()
        if let slug = Tier(rawValue: text.lowercased()) {
            self = slug
            return
        }
        guard let hit = Tier.allCases.first(where: { Tier.spokenNames[$0]!.contains(text) }) else { return nil }
        self = hit
    }

    /// The names `init(name:)` accepts, for a message that lists them.
    public static var acceptedNames: String {
        allCases.map { "\($0.rawValue) (\(Tier.spokenNames[$0]!.joined(separator: ", ")))" }.joined(separator: "; ")
    }
}
