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
        let entries = try everyRecord(operatorName: operatorName, since: since)
        guard let region else { return entries }
        let (firms, corrections, accounts) = try read { db in
            (try Registry.placedFirms(db, in: region, on: asOf), try Registry.corrections(db, knownAt: nil),
             try Registry.accounts(db, within: region))
        }
        // A record about a firm placed in the region: only when it is about days the firm lay there.
        return entries.filter { entry in
            if accounts.made(operatorID: entry.operatorID, name: entry.operatorName, client: entry.clientAddress) { return true }
            guard let code = entry.creditCode, let firm = firms[code], let about = entry.about else { return false }
            return about.lies(in: region, place: { corrections.place(of: firm.id, on: $0, registered: firm.registered) },
                              moves: corrections.moves(of: firm.id).map(\.effective))
        }
    }

    private func everyRecord(operatorName: String?, since: Day?) throws -> [LogEntry] {
        let from = since.map { Moment(startOf: $0, offsetSeconds: ChinaTime.offsetSeconds).iso } ?? ""
        return try read { db in
            var entries: [(entry: LogEntry, id: Int64)] = []
            let filter = { (at: String, who: String) in "\(at) >= ?1 AND (?2 IS NULL OR \(who) = ?2)" }
            // A row an import wrote was sent from where its batch was.
            let batchClient = { (own: String, batch: String) in
                "COALESCE(\(own), (SELECT b.client FROM import_batch b WHERE b.id = \(batch)))"
            }
            // As the client: the account that made a row an import wrote is the batch's.
            let batchOperator = { (own: String, batch: String) in
                "COALESCE(\(own), (SELECT b.operator_id FROM import_batch b WHERE b.id = \(batch))) AS who_id"
            }
            let arguments: StatementArguments = [from, operatorName]
            func moment(_ text: String) -> Moment { Moment(parsing: text, defaultOffsetSeconds: 0) ?? Moment(microseconds: 0) }
            // `about`: the days a record about a firm concerns; by default the day it was recorded.
            func add(_ record: LogEntry.Record, _ sql: String, about: ((Row) throws -> LogEntry.About)? = nil,
                     _ make: (Row) throws -> (String?, Phrase, Phrase)) throws {
                for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                    let (code, what, source) = try make(row)
                    let at = moment(row["at"])
                    var entry = LogEntry(at: at, operatorName: row["who"], record: record, creditCode: code, what: what,
                                         source: source, clientAddress: row["client_address"])
                    entry.about = try about?(row) ?? .day(ChinaTime.day(of: at), move: false)
                    entry.operatorID = row["who_id"]
                    entries.append((entry, row["rid"]))
                }
            }
            try add(.batch, """
                SELECT id AS rid, started_at AS at, operator AS who, client AS client_address, operator_id AS who_id, *
                FROM import_batch WHERE \(filter("started_at", "operator"))
                """) { row in
                let (file, kind, rows, events, rejected): (String, String, Int, Int, Int)
                    = (row["file_name"], row["kind"], row["rows"], row["new_events"], row["rejected"])
                let what = Phrase { RecordText.importWhat.text(in: $0, ["file": file, "kind": RecordText.kind(kind, in: $0),
                                                                        "rows": rows, "events": events, "rejected": rejected]) }
                return (nil, what, .batch(row["id"]))
            }
            try add(.enterprise, """
                SELECT id AS rid, created_at AS at, created_by AS who, credit_code, name, batch_id, \(batchOperator("operator_id", "batch_id")),
                       \(batchClient("client", "batch_id")) AS client_address FROM enterprise
                WHERE \(filter("created_at", "created_by"))
                """, about: { _ in .start }) { row in
                let name: String = row["name"]
                return (row["credit_code"], Phrase { RecordText.registered.text(in: $0, ["name": name]) },
                        (row["batch_id"] as Int64?).map(Phrase.batch) ?? .of(RecordText.sourceAdd))
            }
            try add(.event, """
                SELECT e.id AS rid, e.recorded_at AS at, e.operator AS who, f.credit_code, \(batchOperator("e.operator_id", "e.batch_id")),
                       t.effective_on AS voided_on, t.kind AS voided_kind,
                       \(batchClient("e.client", "e.batch_id")) AS client_address, \(Event.columns.split(separator: ",")
                    .map { "e." + $0.trimmingSpaces() }.joined(separator: ", "))
                FROM event e JOIN enterprise f ON f.id = e.enterprise_id
                LEFT JOIN event t ON e.kind = 'void' AND t.id = e.target_id
                WHERE \(filter("e.recorded_at", "e.operator"))
                """, about: { row in
                    // A void is about the event it voids.
                    let (voidedKind, voidedOn): (String?, String?) = (row["voided_kind"], row["voided_on"])
                    let (kind, effective): (String, String) = (row["kind"], row["effective_on"])
                    guard let day = Day(iso: voidedOn ?? effective) else {
                        throw Registry.unreadable(row["rid"])
                    }
                    return .day(day, move: (voidedKind ?? kind) == EventKind.relocate.rawValue)
                }) { row in
                let event = try Event(row: row)
                let what = Phrase { RecordText.eventWhat.text(in: $0, ["id": event.id, "kind": event.kind.name(in: $0),
                                                                       "detail": RecordText.detail(event.detail, in: $0)]) }
                return (row["credit_code"], what,
                        event.provenance.batchID.map(Phrase.batch) ?? Phrase(EventDescription.source(event.provenance)))
            }
            try add(.facts, """
                SELECT x.id AS rid, x.recorded_at AS at, x.operator AS who, f.credit_code, x.year, x.batch_id, x.command,
                       \(batchOperator("x.operator_id", "x.batch_id")),
                       \(batchClient("x.client", "x.batch_id")) AS client_address,
                       (SELECT count(*) FROM json_each(x.facts)) AS figures
                FROM fact x JOIN enterprise f ON f.id = x.enterprise_id WHERE \(filter("x.recorded_at", "x.operator"))
                """, about: { row in .year(row["year"]) }) { row in
                let (year, figures): (Int, Int) = (row["year"], row["figures"])
                return (row["credit_code"], Phrase { RecordText.factsWhat.text(in: $0, ["year": year, "count": figures]) },
                        (row["batch_id"] as Int64?).map(Phrase.batch) ?? Phrase((row["command"] as String?) ?? ""))
            }
            try add(.profile, """
                SELECT p.id AS rid, p.recorded_at AS at, p.operator AS who, f.credit_code, p.founded_on, p.field,
                       p.contact, p.phone, p.batch_id, \(batchClient("NULL", "p.batch_id")) AS client_address,
                       \(batchOperator("NULL", "p.batch_id"))
                FROM profile_version p JOIN enterprise f ON f.id = p.enterprise_id WHERE \(filter("p.recorded_at", "p.operator"))
                """) { row in
                let set = [(RecordText.founded, "founded_on"), (.field, "field"), (.contact, "contact"), (.phone, "phone")]
                    .compactMap { label, column in (row[column] as String?).map { (label, $0) } }
                let what = Phrase { language in
                    RecordText.profileWhat.text(in: language, ["set": set.map { "\($0.0.text(in: language)) \($0.1)" }
                        .joined(separator: RecordText.separator.text(in: language))])
                }
                return (row["credit_code"], what, .batch(row["batch_id"]))
            }
            try add(.policy, """
                SELECT id AS rid, recorded_at AS at, operator AS who, client AS client_address, operator_id AS who_id, policy_id,
                       version FROM policy
                WHERE \(filter("recorded_at", "operator"))
                """) { row in
                let (policy, version): (String, Int) = (row["policy_id"], row["version"])
                return (nil, Phrase { RecordText.policyWhat.text(in: $0, ["policy": policy, "version": version]) },
                        .of(RecordText.sourcePolicy))
            }
            try add(.batchVoid, """
                SELECT batch_id AS rid, recorded_at AS at, operator AS who, client AS client_address, operator_id AS who_id, reason
                FROM batch_void
                WHERE \(filter("recorded_at", "operator"))
                """) { row in
                let (batch, reason): (Int64, String) = (row["rid"], row["reason"])
                return (nil, Phrase { RecordText.voidWhat.text(in: $0, ["id": batch, "reason": reason]) },
                        Phrase { RecordText.sourceVoid.text(in: $0, ["id": batch]) })
            }
            try add(.correction, """
                SELECT c.id AS rid, c.recorded_at AS at, c.operator AS who, f.credit_code, c.client AS client_address,
                       c.operator_id AS who_id,
                       \(Registry.correctionColumns
                    .split(separator: ",").map { "c." + $0.trimmingSpaces() }.joined(separator: ", "))
                FROM correction c JOIN enterprise f ON f.id = c.enterprise_id WHERE \(filter("c.recorded_at", "c.operator"))
                """, about: { row in
                    let correction = try Registry.correction(row: row)
                    return correction.effective.map { .day($0, move: correction.location != nil) } ?? .start
                }) { row in
                let correction = try Registry.correction(row: row)
                return (row["credit_code"], Phrase { RecordText.correctionWhat.text(in: $0, [
                    "id": correction.id, "summary": RecordText.summary(correction, in: $0), "reason": correction.reason]) },
                        Phrase(correction.provenance.command ?? ""))
            }
            try add(.registration, """
                SELECT r.id AS rid, r.recorded_at AS at, r.operator AS who, f.credit_code, r.kind, r.reason, r.batch_id,
                       \(batchOperator("r.operator_id", "r.batch_id")),
                       r.command, \(batchClient("r.client", "r.batch_id")) AS client_address
                FROM registration_change r JOIN enterprise f ON f.id = r.enterprise_id
                WHERE \(filter("r.recorded_at", "r.operator"))
                """) { row in
                let reason = row["reason"] as String? ?? ""
                let what = (row["kind"] as String) == "void"
                    ? Phrase { RecordText.setAside.text(in: $0, ["reason": reason]) } : Phrase.of(RecordText.registeredAgain)
                let source = (row["command"] as String?).map(Phrase.init) ?? (row["batch_id"] as Int64?).map(Phrase.batch) ?? Phrase("")
                return (row["credit_code"], what, source)
            }
            let rank = Dictionary(uniqueKeysWithValues: LogEntry.Record.allCases.enumerated().map { ($1, $0) })
            return entries.sorted { a, b in
                if a.entry.at != b.entry.at { return a.entry.at < b.entry.at }
                if a.entry.record != b.entry.record { return rank[a.entry.record]! < rank[b.entry.record]! }
                return a.id < b.id
            }.map(\.entry)
        }
    }
}
