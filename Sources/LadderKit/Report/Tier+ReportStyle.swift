/// How a tier looks in the HTML report.
extension Tier {
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
