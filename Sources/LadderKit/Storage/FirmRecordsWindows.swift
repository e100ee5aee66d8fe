/// `FirmRecordsReader`'s firms through the seam, for a registry on a database server: the same
/// rows by the same statements, narrowed to a window of firm ids at a time (one connection runs
/// one statement at a time, so the three tables cannot be walked side by side as on SQLite). Each
/// window costs three indexed reads, and memory holds one window's records, never the registry's.
final class FirmRecordsWindows {
    /// Firm ids a window spans: about as many firms as `CandidateBatches` checks at once.
    static let span: Int64 = 4096

    private let connection: any RegistryConnection
    private let span: Int64
    private let known: String
    private let common: FirmRecordsReader.Common
    /// The next window's first id, and the last firm id with facts recorded by then.
    private var start: Int64
    private let last: Int64
    private var ready: [FirmRecordsReader.Firm] = []
    private var position = 0

    init(_ c: any RegistryConnection, knownAt: Moment?, span: Int64 = FirmRecordsWindows.span) throws {
        connection = c
        self.span = span
        known = knownAt?.iso ?? "9999"
        common = try FirmRecordsReader.Common(c, knownAt: knownAt)
        let bounds = try c.rows("SELECT min(enterprise_id), max(enterprise_id) FROM fact WHERE recorded_at <= ?1",
                                [.text(known)]).first
        start = bounds?.int64(0) ?? 1
        last = bounds?.int64(1) ?? 0
    }

    /// The next firm with facts recorded by then and not set aside, in id order; nil after the last.
    func next() throws -> FirmRecordsReader.Firm? {
        while position == ready.count {
            guard start <= last else { return nil }
            let end = min(start + span - 1, last)
            try read(from: start, through: end)
            start = end + 1
        }
        defer { position += 1 }
        return ready[position]
    }

    /// The firms with ids from `first` to `end` that have facts, as `FirmRecordsReader.next` gives them.
    private func read(from first: Int64, through end: Int64) throws {
        ready.removeAll(keepingCapacity: true)
        position = 0
        let window: [StoredValue] = [.integer(first), .integer(end)]
        var enterprises: [Int64: Enterprise] = [:]
        try connection.forEachRow(FirmRecordsReader.enterprisesSQL(window: true), window) { row in
            let enterprise = try Enterprise(stored: row, contactDetails: false)
            enterprises[enterprise.id] = enterprise
        }
        var events: [Int64: [Event]] = [:]
        try connection.forEachRow(FirmRecordsReader.eventsSQL(window: true), window) { row in
            let event = try Event(stored: row, provenanceDetails: false)
            events[event.enterpriseID, default: []].append(event)
        }
        var current: (id: Int64, records: FactRecords)?
        func finish() {
            guard let (id, records) = current, !common.setAside.contains(id) else { return }
            ready.append(FirmRecordsReader.Firm(id: id, enterprise: enterprises[id], events: events[id] ?? [],
                                                corrections: common.corrections[id] ?? [], facts: records))
        }
        try connection.forEachRow(FirmRecordsReader.factsSQL(window: true), [.text(known)] + window) { row in
            let id = row.id(0)
            if current?.id != id {
                finish()
                current = (id, FactRecords())
            }
            if common.counts(batch: row.int64(3)) { current!.records.append(year: row.int(1) ?? 0, text: row.string(2)) }
        }
        finish()
    }
}
