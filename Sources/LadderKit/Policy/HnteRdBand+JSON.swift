/// The policy-document form of `HnteRdBand`: snake_case keys, every value validated on reading.
extension HnteRdBand {
    static let keys = ["revenue_at_most_yuan", "min_percent"]

    var json: PolicyJSON {
        var fields: [String: PolicyJSON] = ["min_percent": .percent(minimum)]
        if let revenueAtMostYuan { fields["revenue_at_most_yuan"] = .integer(revenueAtMostYuan) }
        return .object(fields)
    }

    /// Rows by rising revenue limit; only the last row is open-ended, so every firm has a row.
    static func table(_ reader: PolicyReader, _ key: String) throws(PolicyError) -> [HnteRdBand] {
        let items = try reader.array(key, nonEmpty: true)
        var bands: [HnteRdBand] = []
        for (index, (value, path)) in items.enumerated() {
            let row = try PolicyReader(value, path: path, keys: keys)
            let band = HnteRdBand(revenueAtMostYuan: try row.optionalInteger("revenue_at_most_yuan"),
                                  minimum: try row.percent("min_percent"))
            let isLast = index == items.count - 1
            if isLast, let limit = band.revenueAtMostYuan {
                throw .invalid(path: row.path("revenue_at_most_yuan"),
                               reason: PolicyWords(.lastBandUnlimited, ["limit": "\(limit)"]))
            }
            if !isLast, band.revenueAtMostYuan == nil {
                throw .missing(path: row.path("revenue_at_most_yuan"))
            }
            if let previous = bands.last?.revenueAtMostYuan, let limit = band.revenueAtMostYuan, limit <= previous {
                throw .invalid(path: row.path("revenue_at_most_yuan"),
                               reason: PolicyWords(.mustRise, ["value": "\(limit)", "previous": "\(previous)"]))
            }
            bands.append(band)
        }
        return bands
    }
}
