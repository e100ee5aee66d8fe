/// One row of a count table (Ⅱ类 intellectual property): at least `minimum` items score `points`.
public struct CountBand: Hashable, Sendable {
    public var minimum: Int
    public var points: Int

    public init(minimum: Int, points: Int) {
        self.minimum = minimum
        self.points = points
    }
}
