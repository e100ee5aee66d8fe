/// Every qualification of one tier that started by a day, as known at a moment, per firm in start
/// order: the chains that cohorts, funnels and lapse lists follow (a rename keeps a chain whole,
/// since it changes neither the firm nor its qualifications). One array sorted by firm, each
/// firm's chain a slice of it: a dictionary of arrays would cost an allocation per firm, and a
/// tier has up to a million.
struct TierHistory: Sendable {
    struct Entry: Sendable {
        let grant: GrantRecord
        private let endOrdinal: Int32
        private let revokedOrdinal: Int32

        init(grant: GrantRecord, end: Day?, revokedOn: Day?) {
            self.grant = grant
            endOrdinal = end.map { Int32(truncatingIfNeeded: $0.ordinal) } ?? .max
            revokedOrdinal = revokedOn.map { Int32(truncatingIfNeeded: $0.ordinal) } ?? .max
        }

        var qualification: Qualification {
            grant.qualification(end: endOrdinal == .max ? nil : Day(ordinal: Int(endOrdinal)),
                                revokedOn: revokedOrdinal == .max ? nil : Day(ordinal: Int(revokedOrdinal)))
        }
    }

    let tier: Tier
    /// By (firm, start, grant id).
    private let entries: [Entry]

    init(tier: Tier, records: [GrantRecord], rule: TermRule, corrections: Corrections) {
        self.tier = tier
        var ends = EndMemo(rule: rule)
        entries = records.filter { !corrections.isVoided($0.grantID) }
            .map { Entry(grant: $0, end: ends.end(of: $0), revokedOn: corrections.revokedOn($0.grantID)) }
            .sorted { ($0.grant.firmID, $0.grant.start, $0.grant.grantID) < ($1.grant.firmID, $1.grant.start, $1.grant.grantID) }
    }

    /// Calls `body` with each firm and its chain, oldest first.
    func forEachChain(_ body: (_ firm: Int64, _ chain: ArraySlice<Entry>) -> Void) {
        var start = 0
        while start < entries.count {
            let firm = entries[start].grant.firmID
            var end = start + 1
            while end < entries.count, entries[end].grant.firmID == firm { end += 1 }
            body(firm, entries[start..<end])
            start = end
        }
    }

    /// The firm's chain, oldest first (empty when it holds none of the tier).
    func chain(of firm: Int64) -> ArraySlice<Entry> {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].grant.firmID < firm { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < entries.count, entries[end].grant.firmID == firm { end += 1 }
        return entries[low..<end]
    }

    /// The next qualification in `chain` after `q` that starts by `asOf` within `windowDays` of
    /// `q`'s end, either side: the re-certification that continues the chain.
    /// Whether the window in which a successor of a qualification ending on `end` could still start
    /// has closed by `asOf` (its last day, `end` + `windowDays`, still counts as open).
    static func windowClosed(end: Day, windowDays: Int, asOf: Day) -> Bool {
        end.adding(days: windowDays) < asOf
    }

    static func successor(of q: Qualification, in chain: ArraySlice<Entry>, windowDays: Int, asOf: Day) -> Entry? {
        guard let end = q.end else { return nil }
        return chain.first { entry in
            let start = entry.grant.start
            return (start, entry.grant.grantID) > (q.start, q.grantEventID) && start <= asOf
                && abs(end.days(until: start)) <= windowDays
        }
    }
}
