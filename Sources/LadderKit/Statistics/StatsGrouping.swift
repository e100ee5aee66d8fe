/// What `ladder stats` groups firms by.
public enum StatsGrouping: String, CaseIterable, Sendable {
    /// The 12 reporting regions (11 设区市 and 赣江新区), listed even when zero, plus 省本级 and
    /// 省外 when they have firms.
    case city
    /// The firm's division code (县区) on the day.
    case county
    /// 技术领域, as entered on the enterprise.
    case field
    /// Each tier: the firms validly holding it (a firm may hold several).
    case tier
    /// Each ladder position: a firm is counted once, at its highest valid tier.
    case position
}
