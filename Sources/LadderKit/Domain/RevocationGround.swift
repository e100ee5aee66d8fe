/// Why a qualification was ended early (认定管理办法 第十九条; 评价办法 撤销登记编号).
public enum RevocationGround: String, CaseIterable, Codable, Sendable {
    /// 申请认定过程中存在严重弄虚作假行为.
    case fraud
    /// 发生重大安全、重大质量事故或有严重环境违法行为.
    case accident
    /// 未在 3 个月内报告重大变化.
    case unreportedChange = "unreported-change"
    /// 连续两年未填报年度发展情况报表.
    case missedReports = "missed-reports"
    /// Any other ground, described in the reason.
    case other

    public var chineseName: String {
        switch self {
        case .fraud: return "弄虚作假"
        case .accident: return "重大安全质量事故或严重环境违法"
        case .unreportedChange: return "重大变化未按期报告"
        case .missedReports: return "连续两年未报年报"
        case .other: return "其他"
        }
    }
}
