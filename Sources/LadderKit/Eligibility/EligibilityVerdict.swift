/// The overall outcome of an eligibility check.
public enum EligibilityVerdict: String, Codable, Sendable {
    case eligible
    case notEligible = "not-eligible"
    /// The outcome depends on facts not yet entered; `EligibilityResult.missing` names them.
    case insufficientData = "insufficient-data"

    init(_ verdict: CriterionVerdict) {
        switch verdict {
        case .pass: self = .eligible
        case .fail: self = .notEligible
        case .unknown: self = .insufficientData
        }
    }
}
