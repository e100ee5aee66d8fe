/// A qualification's state on a given day; never stored, always derived.
public enum QualificationStatus: String, Codable, Sendable {
    case valid
    case expired
    case revoked
    case notStarted = "not-started"

    public var chineseName: String {
        switch self {
        case .valid: return "有效"
        case .expired: return "已到期"
        case .revoked: return "已撤销"
        case .notStarted: return "未生效"
        }
    }
}
