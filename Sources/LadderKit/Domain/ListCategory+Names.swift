extension ListCategory {
    /// A category from its slug (any case) or Chinese name (瞪羚, 潜在独角兽, 领军企业 …), within
    /// `tier` when one is given. Longest Chinese name first, so 潜在独角兽 is not read as 独角兽.
    public init?(name raw: String, tier: Tier? = nil) {
        let text = raw.trimmingSpaces()
        if let slug = ListCategory(rawValue: text.lowercased()) {
            self = slug
            return
        }
        let candidates = ListCategory.allCases.filter { tier == nil || $0.tier == tier }
        guard let hit = candidates.sorted(by: { $0.chineseName.count > $1.chineseName.count })
                .first(where: { text.contains($0.chineseName) }) else { return nil }
        self = hit
    }
}
