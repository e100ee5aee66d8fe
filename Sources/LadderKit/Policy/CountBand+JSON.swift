/// The policy-document form of `CountBand`: snake_case keys, every value validated on reading.
extension CountBand {
    static let keys = ["min_count", "points"]

    var json: PolicyJSON { .object(["min_count": .integer(minimum), "points": .integer(points)]) }

    /// A descending table, as `PercentBand.table`.
    static func table(_ reader: PolicyReader, _ key: String) throws(PolicyError) -> [CountBand] {
        var bands: [CountBand] = []
        for (value, path) in try reader.array(key, nonEmpty: true) {
            let row = try PolicyReader(value, path: path, keys: keys)
            let band = CountBand(minimum: try row.int("min_count", atLeast: 1), points: try row.int("points"))
            if let previous = bands.last {
                guard previous.minimum > band.minimum else {
                    throw .invalid(path: row.path("min_count"),
                                   reason: PolicyWords(.mustDecrease, ["value": "\(band.minimum)", "previous": "\(previous.minimum)"]))
                }
                guard previous.points >= band.points else {
                    throw .invalid(path: row.path("points"),
                                   reason: PolicyWords(.lowerBandScoresMore, ["value": "\(band.points)", "previous": "\(previous.points)"]))
                }
            }
            bands.append(band)
        }
        return bands
    }
}
