/// A firm's place packed into one integer (division code × 4 + zone), so the rows statistics
/// handle by the hundred thousand stay plain values with no strings to copy or hash.
struct PlaceKey: Hashable, Sendable {
    let raw: Int

    init(raw: Int) { self.raw = raw }

    /// From the six digits of a division code and an optional zone, as stored.
    init(divisionDigits: Int, zone: Zone?) {
        raw = divisionDigits * 4 + (zone == nil ? 0 : 1)
    }

    init(_ location: Location) {
        self.init(divisionDigits: Int(location.division.code) ?? 0, zone: location.zone)
    }

    var location: Location {
        let digits = String(raw / 4)
        let code = String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        return Location(division: RegionCode(trusted: code), zone: raw % 4 == 1 ? .ganjiang : nil)
    }
}
