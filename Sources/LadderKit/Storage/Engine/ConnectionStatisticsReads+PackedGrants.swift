extension ConnectionStatisticsReads {
    /// The cache's grants inside `window`, read one (year, day) at a time: the key's index gives
    /// its rows grouped so (a GroupAggregate, no sort), and each group's event ids, firms, divisions
    /// and zones come as four arrays. A day's certificates are issued together, so 150,000 grants
    /// are a few dozen rows. The grants are handed on in the key's order, as read row by row.
    static func forEachPackedGrant(_ packed: any PackedReading, tier: Tier, window: String, _ arguments: [StoredValue],
                                   _ body: (GrantRecord) throws -> Void) throws {
        try packed.forEachPackedRow("""
            SELECT year, effective_on, array_agg(event_id), array_agg(enterprise_id), array_agg(division),
                array_agg(zone IS NOT NULL)
            FROM grant_place
            WHERE \(window)
            GROUP BY tier, year, effective_on
            ORDER BY tier, year, effective_on
            """, arguments, values: 2) { row in
            let ids = row.arrays.first ?? []
            guard let year = row.values.int64(0), let start = row.values.day(1), row.arrays.count == 4,
                  row.arrays.allSatisfy({ $0.count == ids.count })
            else { throw Registry.unreadable(ids.first ?? 0) }
            let (firms, divisions, zones) = (row.arrays[1], row.arrays[2], row.arrays[3])
            let order = eventOrder(ids)
            for n in ids.indices {
                let i = order?[n] ?? n
                try body(GrantRecord(grantID: ids[i], firmID: firms[i], tier: tier, year: Int(year), start: start,
                                     registered: PlaceKey(divisionDigits: Int(divisions[i]), zone: zones[i] != 0 ? .ganjiang : nil)))
            }
        }
    }

    /// nil when `ids` ascend (the aggregate kept the index's order, as its plan does); otherwise
    /// the positions of `ids` in ascending order, so the grants come in the key's order whatever
    /// plan the server chose.
    static func eventOrder(_ ids: [Int64]) -> [Int]? {
        var previous = Int64.min
        for id in ids {
            if id < previous { return ids.indices.sorted { ids[$0] < ids[$1] } }
            previous = id
        }
        return nil
    }
}
