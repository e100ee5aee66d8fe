/// A count for one reporting region, e.g. `360100` 南昌市 2841.
public struct RegionCount: Sendable, Equatable {
    /// `ReportingRegion.code`: `360100`, `ganjiang`, ….
    public var code: String
    public var name: String
    public var count: Int

    public init(code: String, name: String, count: Int) {
        self.code = code
        self.name = name
        self.count = count
    }
}
