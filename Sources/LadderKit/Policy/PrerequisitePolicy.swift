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
