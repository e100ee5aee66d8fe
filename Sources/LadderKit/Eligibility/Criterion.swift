/// One condition of a tier's rules, checked against the facts, with the numbers shown.
public struct Criterion: Hashable, Sendable, Encodable {
    /// Stable snake-case id such as `tsme.employees_max` or `hnte.rd_ratio`.
    public let id: String
    public let verdict: CriterionVerdict
    /// Facts to enter to decide it when unknown, e.g. `revenue (2024)`.
    public let missing: [String]
    /// The firm's actual figures, what the policy requires and why it came out this way, in either language.
    public let phrases: (value: Phrase, threshold: Phrase, explanation: Phrase)

    /// The firm's actual figures, e.g. `5.00% (250,000 / 5,000,000 元)` (English, as the JSON gives it).
    public var value: String { phrases.value.text(in: .en) }
    /// What the policy requires, e.g. `≥ 5% (revenue ≤ 5000万元)`.
    public var threshold: String { phrases.threshold.text(in: .en) }
    /// One line saying what the criterion is and why it came out this way.
    public var explanation: String { phrases.explanation.text(in: .en) }

    /// `worded` false (`EligibilityInput.worded`): the phrases are not made, only empty ones kept.
    /// They are taken unevaluated so that a search over many firms makes none of their closures.
    init(id: String, verdict: CriterionVerdict, worded: Bool = true, value: @autoclosure () -> Phrase,
         threshold: @autoclosure () -> Phrase, explanation: @autoclosure () -> Phrase, missing: [String] = []) {
        self.id = id
        self.verdict = verdict
        phrases = worded ? (value(), threshold(), explanation()) : (Phrase(""), Phrase(""), Phrase(""))
        self.missing = verdict == .unknown ? missing : []
    }

    public init(id: String, verdict: CriterionVerdict, value: String, threshold: String, explanation: String,
                missing: [String] = []) {
        self.init(id: id, verdict: verdict, value: Phrase(value), threshold: Phrase(threshold),
                  explanation: Phrase(explanation), missing: missing)
    }

    public static func == (a: Criterion, b: Criterion) -> Bool {
        a.id == b.id && a.verdict == b.verdict && a.missing == b.missing && a.value == b.value
            && a.threshold == b.threshold && a.explanation == b.explanation
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(verdict)
        hasher.combine(value)
    }

    enum CodingKeys: String, CodingKey {
        case id, verdict, value, threshold, explanation
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(value, forKey: .value)
        try c.encode(threshold, forKey: .threshold)
        try c.encode(explanation, forKey: .explanation)
    }
}
