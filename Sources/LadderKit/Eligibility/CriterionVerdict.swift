/// One criterion's outcome: met, not met, or not decidable because a fact is missing.
public enum CriterionVerdict: String, Codable, Sendable {
    case pass, fail, unknown
}
