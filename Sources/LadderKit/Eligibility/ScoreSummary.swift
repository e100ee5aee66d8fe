/// A score and its parts (tsme indicators, hnte innovation parts). While a part is unknown the
/// total is nil and `lowest`…`highest` bound what it can still be. Points are exact to hundredths.
public struct ScoreSummary: Hashable, Sendable, Encodable {
    public struct Part: Hashable, Sendable, Encodable {
        public let id: String
        public let points: Points?
        public let max: Points
    }

    public let total: Points?
    public let lowest: Points
    public let highest: Points
    public let passMark: Points
    /// True when the pass mark itself passes (tsme: 60 or more); false when the score must be
    /// above it (hnte: "70分以上（不含70分）", 70 fails).
    public let passMarkPasses: Bool
    public let parts: [Part]

    init(passMark: Points, passMarkPasses: Bool, parts: [(id: String, lowest: Points, highest: Points, max: Points)]) {
        self.passMark = passMark
        self.passMarkPasses = passMarkPasses
        self.parts = parts.map { Part(id: $0.id, points: $0.lowest == $0.highest ? $0.lowest : nil, max: $0.max) }
        lowest = parts.map(\.lowest).reduce(.zero, +)
        highest = parts.map(\.highest).reduce(.zero, +)
        total = lowest == highest ? lowest : nil
    }

    /// An entered total without parts.
    init(entered total: Points, passMark: Points, passMarkPasses: Bool, parts: [Part]) {
        self.total = total
        lowest = total
        highest = total
        self.passMark = passMark
        self.passMarkPasses = passMarkPasses
        self.parts = parts
    }

    /// Whether `points` passes the mark.
    func passes(_ points: Points) -> Bool { passMarkPasses ? points >= passMark : points > passMark }

    /// pass, fail, or unknown while the open range straddles the mark.
    var verdict: CriterionVerdict { passes(lowest) ? .pass : (passes(highest) ? .unknown : .fail) }

    /// `pass mark 60`, or `pass mark: above 70, 70 itself fails`.
    var passMarkText: String {
        passMarkPasses ? "pass mark \(passMark)" : "pass mark: above \(passMark), \(passMark) itself fails"
    }

    enum CodingKeys: String, CodingKey {
        case total, lowest, highest, parts
        case passMark = "pass_mark"
        case passMarkPasses = "pass_mark_passes"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(total, forKey: .total)
        try c.encode(lowest, forKey: .lowest)
        try c.encode(highest, forKey: .highest)
        try c.encode(passMark, forKey: .passMark)
        try c.encode(passMarkPasses, forKey: .passMarkPasses)
        try c.encode(parts, forKey: .parts)
    }
}

extension ScoreSummary.Part {
    enum CodingKeys: String, CodingKey { case id, points, max }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(points, forKey: .points)
        try c.encode(max, forKey: .max)
    }
}
