extension FirmRecordsReader {
    /// What both readers read whole before the first firm: batches voided and firms set aside by
    /// then, and every correction by firm (a `History` leaves out those recorded after its moment).
    struct Common {
        let voidedBatches: Set<Int64>
        let setAside: Set<Int64>
        let corrections: [Int64: [Correction]]

        init(_ c: any RegistryConnection, knownAt: Moment?) throws {
            voidedBatches = Set(try c.rows("SELECT batch_id FROM batch_void WHERE recorded_at <= ?",
                                            [.text(knownAt?.iso ?? "9999")]).compactMap { $0.int64(0) })
            setAside = try Registry.setAsideFirms(c, knownAt: knownAt)
            var corrections: [Int64: [Correction]] = [:]
            try c.forEachRow("SELECT \(Registry.correctionColumns) FROM correction ORDER BY id", []) { row in
                let correction = try Registry.correction(stored: row)
                corrections[correction.enterpriseID, default: []].append(correction)
            }
            self.corrections = corrections
        }

        /// Whether a fact row of `batch` counts: not one of a batch voided by then.
        func counts(batch: Int64?) -> Bool {
            batch.map { !voidedBatches.contains($0) } ?? true
        }
    }
}
