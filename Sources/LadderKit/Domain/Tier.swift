/// The four rungs of the ladder, in order. A firm may hold several at once; its ladder
/// position on a day is the highest tier it validly holds.
public enum Tier: String, CaseIterable, Codable, Comparable, Sendable {
    case tsme, hnte, growth, leader

    public var rank: Int { Tier.allCases.firstIndex(of: self)! + 1 }

    public var chineseName: String {
        switch self {
        case .tsme: return "科技型中小企业"
        case .hnte: return "高新技术企业"
        case .growth: return "高成长性科技型企业"
        case .leader: return "科技领军企业"
        }
    }

    /// Whether membership comes from an annual provincial list (with a category).
    public var isList: Bool { self == .growth || self == .leader }

    public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rank < rhs.rank }
}
