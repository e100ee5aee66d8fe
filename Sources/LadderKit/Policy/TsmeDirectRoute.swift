/// The ways into 科技型中小企业 that skip the score (评价办法 第六条).
public enum TsmeDirectRoute: String, CaseIterable, Codable, Sendable {
    /// Holds a valid 高新技术企业 certificate on the evaluation day.
    case validHnte = "valid_hnte"
    /// A national science and technology award in the last 5 years, ranked in the first three units.
    case nationalAward = "national_award"
    /// A provincial-or-higher R&D institution.
    case provincialRDInstitution = "provincial_rd_institution"
    /// Led an international, national or industry standard in the last 5 years.
    case ledStandard = "led_standard"

    public var explanation: String {
        switch self {
        case .validHnte: return "holds a valid 高新技术企业 certificate"
        case .nationalAward: return "national S&T award in the last 5 years, ranked in the first three units"
        case .provincialRDInstitution: return "has a provincial-or-higher R&D institution"
        case .ledStandard: return "led an international, national or industry standard in the last 5 years"
        }
    }
}
