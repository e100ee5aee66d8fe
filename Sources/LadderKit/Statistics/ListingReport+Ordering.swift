extension ListingReport {
    /// Expiring and lapsed rows soonest first; export rows by region, then credit code.
    static func ordered(_ rows: [Row], kind: Kind) -> [Row] {
        rows.sorted { a, b in
            let ra = a.location.reportingRegion, rb = b.location.reportingRegion
            switch kind {
            case .export:
                if ra != rb { return ra < rb }
            case .expiring, .lapsed:
                let da = a.lastValidDay ?? Day.distantFuture, db = b.lastValidDay ?? Day.distantFuture
                if da != db { return da < db }
                if ra != rb { return ra < rb }
            }
            return (a.creditCode, a.tier) < (b.creditCode, b.tier)
        }
    }
}
