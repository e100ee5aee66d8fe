/// One condition of a tier's rules, checked against the facts, with the numbers shown.
public struct Criterion: Hashable, Sendable, Encodable {
    /// Stable snake-case id such as `tsme.employees_max` or `hnte.rd_ratio`.
    public let id: String
    public let verdict: CriterionVerdict
    /// The firm's actual figures, e.g. `5.00% (250,000 / 5,000,000 元)`.
    public let value: String
    /// What the policy requires, e.g. `≥ 5% (revenue ≤ 5000万元)`.
    public let threshold: String
    /// One line saying what the criterion is and why it came out this way.
    public let explanation: String
    /// Facts to enter to decide it when unknown, e.g. `revenue (2024)`.
    public let missing: [String]

    public init(id: String, verdict: CriterionVerdict, value: String, threshold: String, explanation: String,
                missing: [String] = []) {
        self.id = id
        self.verdict = verdict
        self.value = value
        self.threshold = threshold
        self.explanation = explanation
        self.missing = verdict == .unknown ? missing : []
    }

    enum CodingKeys: String, CodingKey {
        case id, verdict, value, threshold, explanation
    }
}
