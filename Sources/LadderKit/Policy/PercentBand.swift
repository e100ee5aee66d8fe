/// One row of a score table: a ratio at or above `threshold` (strictly above, when `strict`)
/// scores `points`. Tables list rows from the highest threshold down; below the last row scores 0.
public struct PercentBand: Hashable, Sendable {
    public var threshold: Percent
    /// True for "> threshold" (the 指引's "> 0" growth band), false for "≥ threshold".
    public var strict: Bool
    public var points: Int

    public init(atLeast threshold: Percent, points: Int) {
        self.threshold = threshold
        strict = false
        self.points = points
    }

    public init(above threshold: Percent, points: Int) {
        self.threshold = threshold
        strict = true
        self.points = points
    }

    /// `≥ 30%`, `> 0%`.
    public var condition: String { (strict ? "> " : "≥ ") + threshold.description }

    /// Whether this row is higher than `next`, as a descending table needs.
    func isAbove(_ next: PercentBand) -> Bool {
        threshold > next.threshold || (threshold == next.threshold && strict && !next.strict)
    }
}
