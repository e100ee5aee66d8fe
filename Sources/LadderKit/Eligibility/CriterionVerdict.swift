/// One criterion's outcome: met, not met, or not decidable because a fact is missing.
public enum CriterionVerdict: String, Codable, Sendable {
    case pass, fail, unknown

    /// Three-valued AND: any failure decides, else any unknown leaves it open.
    static func all(_ verdicts: [CriterionVerdict]) -> CriterionVerdict {
        if verdicts.contains(.fail) { return .fail }
        return verdicts.contains(.unknown) ? .unknown : .pass
    }

    /// Three-valued OR: any pass decides, else any unknown leaves it open.
    static func any(_ verdicts: [CriterionVerdict]) -> CriterionVerdict {
        if verdicts.contains(.pass) { return .pass }
        return verdicts.contains(.unknown) ? .unknown : .fail
    }
}
