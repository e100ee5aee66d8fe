import GRDB

extension Registry {
    /// How far a record may be dated before one written ahead of it: a writer dates its records
    /// when it starts and may then wait for another's lock (the busy timeout) or run a long import.
    static let recordedOrderTolerance: Int64 = 3_600 * 1_000_000

    /// Records dated well before a record written ahead of them (a smaller id): back-dated rows
    /// written around ladder, which would change what a read `known at` an earlier moment sees.
    static func recordedOrder(_ c: any RegistryConnection) throws -> [VerifyProblem] {
        let tables = [("enterprise", "created_at", VerifyText.recordRegistration), ("event", "recorded_at", .recordEvent),
                      ("fact", "recorded_at", .recordFacts), ("profile_version", "recorded_at", .recordProfile),
                      ("correction", "recorded_at", .recordCorrection), ("registration_change", "recorded_at", .recordRegistrationChange)]
        var problems: [VerifyProblem] = []
        for (table, column, label) in tables where try tableExists(c, table) {
            var latest: (id: Int64, at: String)?
            try c.forEachRow("SELECT id, \(column) FROM \(table) ORDER BY id", []) { row in
                let id = row.int64(0) ?? 0, at = row.text(1) ?? ""
                guard let ahead = latest, at < ahead.at else {
                    latest = (id, at)
                    return
                }
                // ISO text of one width orders like time: only a record dated earlier is read as a moment.
                guard let moment = Moment(parsing: at, defaultOffsetSeconds: 0),
                      let before = Moment(parsing: ahead.at, defaultOffsetSeconds: 0),
                      before.microseconds - moment.microseconds > recordedOrderTolerance else { return }
                problems.append(VerifyProblem(.recordedOrder, .recordedOrder, [
                    "record": .word(label), "id": .plain("\(id)"), "at": .plain(at),
                    "ahead": .plain("\(ahead.id)"), "aheadAt": .plain(ahead.at),
                ]))
            }
        }
        return problems
    }
}
