/// A score and its parts (tsme indicators, hnte innovation parts). While a part is unknown the
/// total is nil and `lowest`…`highest` bound what it can still be.
public struct ScoreSummary: Hashable, Sendable, Encodable {
    public struct Part: Hashable, Sendable, Encodable {
        public let id: String
        public let points: Int?
        public let max: Int
    }

    public let total: Int?
    public let lowest: Int
    public let highest: Int
    public let passMark: Int
    public let parts: [Part]

    init(passMark: Int, parts: [(id: String, lowest: Int, highest: Int, max: Int)]) {
        self.passMark = passMark
        self.parts = parts.map { Part(id: $0.id, points: $0.lowest == $0.highest ? $0.lowest : nil, max: $0.max) }
        lowest = parts.map(\.lowest).reduce(0, +)
        highest = parts.map(\.highest).reduce(0, +)
        total = lowest == highest ? lowest : nil
    }

    /// An entered total without parts.
    init(entered total: Int, passMark: Int, parts: [Part]) {
        self.total = total
        lowest = total
        highest = total
        self.passMark = passMark
        self.parts = parts
    }

    enum CodingKeys: String, CodingKey {
        case total, lowest, highest, parts
        case passMark = "pass_mark"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(total, forKey: .total)
        try c.encode(lowest, forKey: .lowest)
        try c.encode(highest, forKey: .highest)
        try c.encode(passMark, forKey: .passMark)
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
