import LadderKit

/// The lists staff act on, each a page (`/expiring`) and its two files (`/expiring.xlsx`, `.csv`):
/// 即将到期 the qualifications ending soon, 已失效 those that lapsed, 培育对象 the firms that
/// could reach a tier.
enum PageList: String, CaseIterable, Sendable {
    case expiring, lapsed, candidates

    static let formats: [ExportFormat] = [.xlsx, .csv]

    var path: String {
        switch self {
        case .expiring: PagePaths.expiring
        case .lapsed: PagePaths.lapsed
        case .candidates: PagePaths.candidates
        }
    }

    var title: PageText {
        switch self {
        case .expiring: .navExpiring
        case .lapsed: .navLapsed
        case .candidates: .navCandidates
        }
    }

    /// What `days` means here; nil: the list takes no days (a candidate is a candidate on the day).
    var daysHint: PageText? {
        switch self {
        case .expiring: .daysHintExpiring
        case .lapsed: .daysHintLapsed
        case .candidates: nil
        }
    }

    /// The filters of the address (and the form); `sort`, `order` and `lang` are the page's own.
    var filters: [String] { ["tier", "region"] + (daysHint == nil ? [] : ["days"]) + ReadRoutes.times }

    /// Candidates are looked for one tier at a time (as the API's `tier` is required there):
    /// 高企 when the address names none, the tier most bureaus cultivate towards.
    var defaultTier: Tier? { self == .candidates ? .hnte : nil }
}
