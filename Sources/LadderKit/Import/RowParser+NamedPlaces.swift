extension RowParser {
    /// The places a row names, one per column, in column order (division, county, city): held
    /// in place rather than in an array made and freed for every row. A cell's text is read
    /// again only for a warning about it.
    struct NamedPlaces {
        typealias Entry = (field: ImportField, place: PlaceName)

        var division: Entry?
        var county: Entry?
        var region: Entry?

        /// Keeps `entry` in its column's place (`RowParser.placeColumns`: county or city).
        mutating func set(_ entry: Entry) {
            switch entry.field {
            case .division: division = entry
            case .county: county = entry
            default: region = entry
            }
        }

        func first(where test: (Entry) -> Bool) -> Entry? {
            if let division, test(division) { return division }
            if let county, test(county) { return county }
            if let region, test(region) { return region }
            return nil
        }
    }
}
