import GRDB

extension Registry {
    /// Everything recorded, oldest first: import batches, registrations, events, facts versions,
    /// profile corrections, policy documents, batch voids, corrections of the past and registrations
    /// set aside or taken up again, each with its operator and source. `operatorName`
    /// keeps one operator's records; `since` those recorded on or after that day (China time).
    /// Each entry carries the client address it was written from (`ladder serve`), an imported
    /// row its batch's; nil for a command run on the machine.
    /// `region`: only the records about a firm placed in it on `asOf` (its latest place when nil)
    /// that concern days it lay there (`LogEntry.About`), and those made by an account of the
    /// region or of a region within it.
    public func log(operatorName: String? = nil, since: Day? = nil, region: Region? = nil, asOf: Day? = nil) throws -> [LogEntry] {
        try reading { c in
            let entries = Registry.oldestFirst(try Registry.records(c, operatorName: operatorName, since: since, before: nil,
                                                                    limit: nil).records).map(\.entry)
            guard let region else { return entries }
            let scope = try RegionLogScope(c, region: region, asOf: asOf)
            return entries.filter(scope.holds)
        }
    }

    /// One page of `log(…)` with the same filters, newest first: `limit` records after the newest
    /// `offset`, and whether older ones remain. Reads each table newest first, a chunk at a time
    /// (`ORDER BY … DESC LIMIT`, resuming just before the last record read), and stops once the
    /// page is full: the older part of the log is never read.
    public func logPage(operatorName: String? = nil, since: Day? = nil, region: Region? = nil, asOf: Day? = nil,
                        offset: Int, limit: Int) throws -> (entries: [LogEntry], more: Bool) {
        try reading { c in
            let scope = try region.map { try RegionLogScope(c, region: $0, asOf: asOf) }
            let wanted = offset + limit + 1
            var kept: [LogEntry] = []
            var cursor: LogCursor?
            // Doubled each round: an account whose region holds a small share of the log needs a few
            // rounds, not one per page's worth of other regions' records.
            var chunk = max(wanted, 64)
            while kept.count < wanted {
                defer { chunk *= 2 }
                let got = try Registry.records(c, operatorName: operatorName, since: since, before: cursor, limit: chunk)
                // Each table gave at most `chunk`, newest first: the newest `chunk` of them all are the
                // log's next `chunk` (a table's older records may fall between the rest).
                let merged = Array(Registry.oldestFirst(got.records).reversed())
                let next = merged.prefix(chunk)
                kept += next.map(\.entry).filter { scope?.holds($0) ?? true }
                guard let last = next.last, got.full || next.count < merged.count else { break }
                cursor = LogCursor(at: last.entry.at.iso, record: last.entry.record, id: last.id)
            }
            return (Array(kept.dropFirst(offset).prefix(limit)), kept.count > offset + limit)
        }
    }

    /// The log's order: by time, then by kind of record, then by row.
    private static func oldestFirst(_ records: [(entry: LogEntry, id: Int64)]) -> [(entry: LogEntry, id: Int64)] {
        let rank = Dictionary(uniqueKeysWithValues: LogEntry.Record.allCases.enumerated().map { ($1, $0) })
        return records.sorted { a, b in
            if a.entry.at != b.entry.at { return a.entry.at < b.entry.at }
            if a.entry.record != b.entry.record { return rank[a.entry.record]! < rank[b.entry.record]! }
            return a.id < b.id
        }
    }

    /// Every table's records, unordered; with `limit`, each table's newest `limit` before `cursor`
    /// (`full`: some table had that many, so older ones may remain).
    private static func records(_ c: any RegistryConnection, operatorName: String?, since: Day?, before cursor: LogCursor?,
                                limit: Int?) throws -> (records: [(entry: LogEntry, id: Int64)], full: Bool) {
        let from = since.map { Moment(startOf: $0, offsetSeconds: ChinaTime.offsetSeconds).iso } ?? ""
        var entries: [(entry: LogEntry, id: Int64)] = []
        var full = false
        let rank = Dictionary(uniqueKeysWithValues: LogEntry.Record.allCases.enumerated().map { ($1, $0) })
        // Before the cursor in the log's order (time, kind, row): this table's kind decides whether
        // a record at the cursor's very moment comes before it.
        let filter = { (record: LogEntry.Record, at: String, who: String, id: String) -> String in
            var sql = "\(at) >= ?1 AND (CAST(?2 AS TEXT) IS NULL OR \(who) = ?2)"
            if let cursor {
                let (mine, theirs) = (rank[record]!, rank[cursor.record]!)
                sql += mine < theirs ? " AND \(at) <= ?3" : mine > theirs ? " AND \(at) < ?3"
                    : " AND (\(at) < ?3 OR (\(at) = ?3 AND \(id) < ?4))"
            }
            return sql
        }
        // A row an import wrote was sent from where its batch was.
        let batchClient = { (own: String, batch: String) in
            "COALESCE(\(own), (SELECT b.client FROM import_batch b WHERE b.id = \(batch)))"
        }
        // As the client: the account that made a row an import wrote is the batch's.
        let batchOperator = { (own: String, batch: String) in
            "COALESCE(\(own), (SELECT b.operator_id FROM import_batch b WHERE b.id = \(batch))) AS who_id"
        }
        // SQLite counts a statement's parameters up to the highest `?N` it names: ?5 when paged. The
        // cursor's two have values even without a cursor (unused then): PostgreSQL types every one.
        let who: StoredValue = operatorName.map(StoredValue.text) ?? .null
        let arguments: [StoredValue] = limit.map { [.text(from), who, .text(cursor?.at ?? ""), .integer(cursor?.id ?? 0),
                                                    .integer(Int64($0))] } ?? [.text(from), who]
        let newest = limit == nil ? "" : " ORDER BY at DESC, rid DESC LIMIT ?5"
        func moment(_ text: String?) -> Moment {
            text.flatMap { Moment(parsing: $0, defaultOffsetSeconds: 0) } ?? Moment(microseconds: 0)
        }
        // `about`: the days a record about a firm concerns; by default the day it was recorded.
        // Columns are read by their names in the query (`LogRow`).
        func add(_ record: LogEntry.Record, _ sql: String, about: ((LogRow) throws -> LogEntry.About)? = nil,
                 _ make: (LogRow) throws -> (String?, Phrase, Phrase)) throws {
            let names = LogRow.names(of: sql)
            let rows = try c.rows(sql + newest, arguments)
            if let limit, rows.count >= limit { full = true }
            for stored in rows {
                let row = LogRow(row: stored, names: names)
                let (code, what, source) = try make(row)
                let at = moment(row.text("at"))
                var entry = LogEntry(at: at, operatorName: row.text("who") ?? "", record: record, creditCode: code,
                                     what: what, source: source, clientAddress: row.text("client_address"))
                entry.about = try about?(row) ?? .day(ChinaTime.day(of: at), move: false)
                entry.operatorID = row.int64("who_id")
                entries.append((entry, row.int64("rid") ?? 0))
            }
        }
        try add(.batch, """
            SELECT id AS rid, started_at AS at, operator AS who, client AS client_address, operator_id AS who_id, id, file_name,
                   kind, rows, new_events, rejected
            FROM import_batch WHERE \(filter(.batch, "started_at", "operator", "id"))
            """) { row in
            let (file, kind, rows, events, rejected) = (row.text("file_name") ?? "", row.text("kind") ?? "", row.int("rows"),
                                                        row.int("new_events"), row.int("rejected"))
            let what = Phrase { RecordText.importWhat.text(in: $0, ["file": file, "kind": RecordText.kind(kind, in: $0),
                                                                    "rows": rows, "events": events, "rejected": rejected]) }
            return (nil, what, .batch(row.int64("id") ?? 0))
        }
        try add(.enterprise, """
            SELECT id AS rid, created_at AS at, created_by AS who, credit_code, name, batch_id, \(batchOperator("operator_id", "batch_id")),
                   \(batchClient("client", "batch_id")) AS client_address FROM enterprise
            WHERE \(filter(.enterprise, "created_at", "created_by", "id"))
            """, about: { _ in .start }) { row in
            let name = row.text("name") ?? ""
            return (row.text("credit_code"), Phrase { RecordText.registered.text(in: $0, ["name": name]) },
                    row.int64("batch_id").map(Phrase.batch) ?? .of(RecordText.sourceAdd))
        }
        try add(.event, """
            SELECT e.id AS rid, e.recorded_at AS at, e.operator AS who, f.credit_code, \(batchOperator("e.operator_id", "e.batch_id")),
                   t.effective_on AS voided_on, t.kind AS voided_kind,
                   \(batchClient("e.client", "e.batch_id")) AS client_address, \(Event.columns.split(separator: ",")
                .map { "e." + $0.trimmingSpaces() }.joined(separator: ", "))
            FROM event e JOIN enterprise f ON f.id = e.enterprise_id
            LEFT JOIN event t ON e.kind = 'void' AND t.id = e.target_id
            WHERE \(filter(.event, "e.recorded_at", "e.operator", "e.id"))
            """, about: { row in
                // A void is about the event it voids.
                let (voidedKind, voidedOn) = (row.text("voided_kind"), row.text("voided_on"))
                let (kind, effective) = (row.text("kind") ?? "", row.text("effective_on") ?? "")
                guard let day = Day(iso: voidedOn ?? effective) else {
                    throw Registry.unreadable(row.int64("rid") ?? 0)
                }
                return .day(day, move: (voidedKind ?? kind) == EventKind.relocate.rawValue)
            }) { row in
            let event = try Event(stored: row.last(Registry.eventColumnCount))
            let what = Phrase { RecordText.eventWhat.text(in: $0, ["id": event.id, "kind": event.kind.name(in: $0),
                                                                   "detail": RecordText.detail(event.detail, in: $0)]) }
            return (row.text("credit_code"), what,
                    event.provenance.batchID.map(Phrase.batch) ?? Phrase(EventDescription.source(event.provenance)))
        }
        try add(.facts, """
            SELECT x.id AS rid, x.recorded_at AS at, x.operator AS who, f.credit_code, x.year, x.batch_id, x.command,
                   \(batchOperator("x.operator_id", "x.batch_id")),
                   \(batchClient("x.client", "x.batch_id")) AS client_address,
                   (SELECT count(*) FROM \(c.dialect.jsonKeys("x.facts"))) AS figures
            FROM fact x JOIN enterprise f ON f.id = x.enterprise_id WHERE \(filter(.facts, "x.recorded_at", "x.operator", "x.id"))
            """, about: { row in .year(row.int("year")) }) { row in
            let (year, figures) = (row.int("year"), row.int("figures"))
            return (row.text("credit_code"), Phrase { RecordText.factsWhat.text(in: $0, ["year": year, "count": figures]) },
                    row.int64("batch_id").map(Phrase.batch) ?? Phrase(row.text("command") ?? ""))
        }
        try add(.profile, """
            SELECT p.id AS rid, p.recorded_at AS at, p.operator AS who, f.credit_code, p.founded_on, p.field,
                   p.contact, p.phone, p.batch_id, \(batchClient("NULL", "p.batch_id")) AS client_address,
                   \(batchOperator("NULL", "p.batch_id"))
            FROM profile_version p JOIN enterprise f ON f.id = p.enterprise_id WHERE \(filter(.profile, "p.recorded_at", "p.operator", "p.id"))
            """) { row in
            let set = [(RecordText.founded, "founded_on"), (.field, "field"), (.contact, "contact"), (.phone, "phone")]
                .compactMap { label, column in row.text(column).map { (label, $0) } }
            let what = Phrase { language in
                RecordText.profileWhat.text(in: language, ["set": set.map { "\($0.0.text(in: language)) \($0.1)" }
                    .joined(separator: RecordText.separator.text(in: language))])
            }
            return (row.text("credit_code"), what, .batch(row.int64("batch_id") ?? 0))
        }
        try add(.policy, """
            SELECT id AS rid, recorded_at AS at, operator AS who, client AS client_address, operator_id AS who_id, policy_id,
                   version FROM policy
            WHERE \(filter(.policy, "recorded_at", "operator", "id"))
            """) { row in
            let (policy, version) = (row.text("policy_id") ?? "", row.int("version"))
            return (nil, Phrase { RecordText.policyWhat.text(in: $0, ["policy": policy, "version": version]) },
                    .of(RecordText.sourcePolicy))
        }
        try add(.batchVoid, """
            SELECT batch_id AS rid, recorded_at AS at, operator AS who, client AS client_address, operator_id AS who_id, reason
            FROM batch_void
            WHERE \(filter(.batchVoid, "recorded_at", "operator", "batch_id"))
            """) { row in
            let (batch, reason) = (row.int64("rid") ?? 0, row.text("reason") ?? "")
            return (nil, Phrase { RecordText.voidWhat.text(in: $0, ["id": batch, "reason": reason]) },
                    Phrase { RecordText.sourceVoid.text(in: $0, ["id": batch]) })
        }
        try add(.correction, """
            SELECT c.id AS rid, c.recorded_at AS at, c.operator AS who, f.credit_code, c.client AS client_address,
                   c.operator_id AS who_id,
                   \(Registry.correctionColumns
                .split(separator: ",").map { "c." + $0.trimmingSpaces() }.joined(separator: ", "))
            FROM correction c JOIN enterprise f ON f.id = c.enterprise_id WHERE \(filter(.correction, "c.recorded_at", "c.operator", "c.id"))
            """, about: { row in
                let correction = try Registry.correction(stored: row.last(Registry.correctionColumnCount))
                return correction.effective.map { .day($0, move: correction.location != nil) } ?? .start
            }) { row in
            let correction = try Registry.correction(stored: row.last(Registry.correctionColumnCount))
            return (row.text("credit_code"), Phrase { RecordText.correctionWhat.text(in: $0, [
                "id": correction.id, "summary": RecordText.summary(correction, in: $0), "reason": correction.reason]) },
                    Phrase(correction.provenance.command ?? ""))
        }
        try add(.registration, """
            SELECT r.id AS rid, r.recorded_at AS at, r.operator AS who, f.credit_code, r.kind, r.reason, r.batch_id,
                   \(batchOperator("r.operator_id", "r.batch_id")),
                   r.command, \(batchClient("r.client", "r.batch_id")) AS client_address
            FROM registration_change r JOIN enterprise f ON f.id = r.enterprise_id
            WHERE \(filter(.registration, "r.recorded_at", "r.operator", "r.id"))
            """) { row in
            let reason = row.text("reason") ?? ""
            let what = row.text("kind") == "void"
                ? Phrase { RecordText.setAside.text(in: $0, ["reason": reason]) } : Phrase.of(RecordText.registeredAgain)
            let source = row.text("command").map(Phrase.init) ?? row.int64("batch_id").map(Phrase.batch) ?? Phrase("")
            return (row.text("credit_code"), what, source)
        }
        return (entries, full)
    }
}

/// Where a page of the log resumes: just before this record in the log's order.
private struct LogCursor {
    let at: String
    let record: LogEntry.Record
    let id: Int64
}

/// A region's part of the log: the records about a firm placed in it on the as-of day that
/// concern days the firm lay there, and those made by an account of the region or within it.
private struct RegionLogScope {
    let region: Region
    let firms: [String: (id: Int64, registered: PlaceKey)]
    let corrections: Corrections
    let accounts: RegionAccounts

    init(_ c: any RegistryConnection, region: Region, asOf: Day?) throws {
        self.region = region
        firms = try Registry.placedFirms(c, in: region, on: asOf)
        if let db = (c as? GRDBConnection)?.database {
            corrections = try Registry.corrections(db, knownAt: nil)
        } else {
            corrections = try ConnectionStatisticsReads(connection: c).corrections(knownAt: nil)
        }
        accounts = try Registry.accounts(c, within: region)
    }

    func holds(_ entry: LogEntry) -> Bool {
        if accounts.made(operatorID: entry.operatorID, name: entry.operatorName, client: entry.clientAddress) { return true }
        guard let code = entry.creditCode, let firm = firms[code], let about = entry.about else { return false }
        return about.lies(in: region, place: { corrections.place(of: firm.id, on: $0, registered: firm.registered) },
                          moves: corrections.moves(of: firm.id).map(\.effective))
    }
}
