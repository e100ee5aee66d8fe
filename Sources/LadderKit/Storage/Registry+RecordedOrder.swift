import GRDB

extension Registry {
    /// How far a record may be dated before one written ahead of it: a writer dates its records
    /// when it starts and may then wait for another's lock (the busy timeout) or run a long import.
    static let recordedOrderTolerance: Int64 = 3_600 * 1_000_000

    /// Records dated well before a record written ahead of them (a smaller id): back-dated rows
    /// written around ladder, which would change what a read `known at` an earlier moment sees.
    static func recordedOrder(_ db: Database) throws -> [VerifyProblem] {
        let tables = [("enterprise", "created_at", "registration"), ("event", "recorded_at", "event"),
                      ("fact", "recorded_at", "facts version"), ("profile_version", "recorded_at", "profile correction"),
                      ("correction", "recorded_at", "correction"), ("registration_change", "recorded_at", "registration change")]
        var problems: [VerifyProblem] = []
        for (table, column, label) in tables where try db.tableExists(table) {
            var latest: (id: Int64, at: String)?
            let rows = try Row.fetchCursor(db, sql: "SELECT id, \(column) FROM \(table) ORDER BY id")
            while let row = try rows.next() {
                let id: Int64 = row[0], at: String = row[1]
                guard let ahead = latest, at < ahead.at else {
                    latest = (id, at)
                    continue
                }
                // ISO text of one width orders like time: only a record dated earlier is read as a moment.
                guard let moment = Moment(parsing: at, defaultOffsetSeconds: 0),
                      let before = Moment(parsing: ahead.at, defaultOffsetSeconds: 0),
                      before.microseconds - moment.microseconds > recordedOrderTolerance else { continue }
                problems.append(VerifyProblem(.recordedOrder, "\(label) #\(id) is dated \(at), before \(label) "
                    + "#\(ahead.id) (\(ahead.at)) which was written ahead of it; a back-dated record changes answers known "
                    + "at earlier moments: find its source with `ladder log`"))
            }
        }
        return problems
    }
}
