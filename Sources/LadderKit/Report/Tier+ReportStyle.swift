/// How a tier looks in the HTML report.
extension Tier {
    /// Short label for tables and badges: 科小, 高企, 高成长, 领军.
    var shortChineseName: String {
        switch self {
        case .tsme: return "科小"
        case .hnte: return "高企"
        case .growth: return "高成长"
        case .leader: return "领军"
        }
    }

    /// Line, bar and badge colour; distinct in print and for common colour blindness.
    var reportColor: String {
        switch self {
        case .tsme: return "#2a9d8f"
        case .hnte: return "#1f5fad"
        case .growth: return "#e08a1e"
        case .leader: return "#b23a48"
        }
    }
}
