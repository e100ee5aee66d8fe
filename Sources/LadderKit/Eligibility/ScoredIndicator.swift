/// One scored part of a rule (a tsme indicator, an hnte innovation part): its points, or the
/// range they can still take while facts are missing.
struct ScoredIndicator: Sendable {
    let id: String
    let lowest: Points
    let highest: Points
    let max: Points
    /// The figures behind the points, for the criterion's value.
    let value: Phrase
    /// Facts whose entry would settle the points; empty once they are settled.
    let missing: [String]

    init(id: String, lowest: Points, highest: Points, max: Points, value: Phrase, missing: [String]) {
        self.id = id
        self.lowest = lowest
        self.highest = Swift.max(highest, lowest)
        self.max = max
        self.value = value
        self.missing = lowest == self.highest ? [] : missing
    }

    init(id: String, points: Points, max: Points, value: Phrase) {
        self.init(id: id, lowest: points, highest: points, max: max, value: value, missing: [])
    }

    /// Whole points, as the tsme tables give them.
    init(id: String, lowest: Int, highest: Int, max: Int, value: Phrase, missing: [String]) {
        self.init(id: id, lowest: Points(lowest), highest: Points(highest), max: Points(max), value: value, missing: missing)
    }

    init(id: String, points: Int, max: Int, value: Phrase) {
        self.init(id: id, points: Points(points), max: Points(max), value: value)
    }

    var points: Points? { lowest == highest ? lowest : nil }

    /// `16 分`, or `0–20 分` while open.
    var pointsText: String { points.map { "\($0) 分" } ?? "\(lowest)–\(highest) 分" }

    var summaryPart: (id: String, lowest: Points, highest: Points, max: Points) { (id, lowest, highest, max) }
}
