/// The policy-document form of `PercentBand`: snake_case keys, every value validated on reading.
extension PercentBand {
    static let keys = ["min_percent", "above_percent", "points"]

    var json: PolicyJSON {
        .object([strict ? "above_percent" : "min_percent": .percent(threshold), "points": .integer(points)])
    }

    /// A descending table: thresholds fall row by row and points never rise.
    static func table(_ reader: PolicyReader, _ key: String) throws(PolicyError) -> [PercentBand] {
        var bands: [PercentBand] = []
        for (value, path) in try reader.array(key, nonEmpty: true) {
            let row = try PolicyReader(value, path: path, keys: keys)
            let band: PercentBand
            switch (row.has("min_percent"), row.has("above_percent")) {
            case (true, false): band = PercentBand(atLeast: try row.percent("min_percent"), points: try row.int("points"))
            case (false, true): band = PercentBand(above: try row.percent("above_percent"), points: try row.int("points"))
            case (true, true): throw .invalid(path: path, reason: PolicyWords(.percentBothKeys))
            case (false, false): throw .missing(path: row.path("min_percent"))
            }
            if let previous = bands.last {
                let field = row.path(band.strict ? "above_percent" : "min_percent")
                guard previous.isAbove(band) else {
                    throw .invalid(path: field, reason: PolicyWords(.mustDecrease, ["value": "\(band.threshold)", "previous": "\(previous.threshold)"]))
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
