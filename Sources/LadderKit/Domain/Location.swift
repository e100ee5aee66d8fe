/// Where a firm is on a day: its division code, and a reporting zone when it was placed in one.
public struct Location: Hashable, Sendable {
    public let division: RegionCode
    public let zone: Zone?

    public init(division: RegionCode, zone: Zone? = nil) {
        self.division = division
        self.zone = zone
    }

    /// The region the firm is counted in when reports group by city.
    public var reportingRegion: ReportingRegion { ReportingRegion(division: division, zone: zone) }
}
