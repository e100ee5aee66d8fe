/// A value axis (the report's charts and the dashboard's) from zero to a round top, with ticks at 1, 2 or 5 times a power of ten.
public struct ChartAxis: Equatable, Sendable {
    public let step: Int
    public let top: Int

    public init(maxValue: Int, targetTicks: Int = 5) {
        let raw = max(1, (max(maxValue, 0) + targetTicks - 1) / targetTicks)
        var magnitude = 1
        while magnitude * 10 <= raw { magnitude *= 10 }
        let step = [1, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        self.step = step
        top = max(step, (max(maxValue, 0) + step - 1) / step * step)
    }

    public var ticks: [Int] { Array(stride(from: 0, through: top, by: step)) }

    /// Distance from the axis origin of `value` on an axis `length` long.
    public func offset(_ value: Int, length: Double) -> Double { Double(value) / Double(top) * length }
}
