/// The category a firm is listed under on a growth or leader list.
public enum ListCategory: String, CaseIterable, Codable, Sendable {
    case unicorn
    case potentialUnicorn = "potential-unicorn"
    case seedUnicorn = "seed-unicorn"
    case gazelle
    case potentialGazelle = "potential-gazelle"
    case leader
    case reserve

    public var tier: Tier {
        switch self {
        case .unicorn, .potentialUnicorn, .seedUnicorn, .gazelle, .potentialGazelle: return .growth
        case .leader, .reserve: return .leader
        }
    }

    public var chineseName: String {
        switch self {
        case .unicorn: return "独角兽"
        case .potentialUnicorn: return "潜在独角兽"
        case .seedUnicorn: return "种子独角兽"
        case .gazelle: return "瞪羚"
        case .potentialGazelle: return "潜在瞪羚"
        case .leader: return "领军企业"
        case .reserve: return "领军入库企业"
        }
    }

    public static func categories(of tier: Tier) -> [ListCategory] { allCases.filter { $0.tier == tier } }
}
