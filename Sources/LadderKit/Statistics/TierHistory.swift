/// Every qualification of one tier that started by a day, as known at a moment, per firm in start
/// order: the chains that cohorts, funnels and lapse lists follow (a rename keeps a chain whole,
/// since it changes neither the firm nor its qualifications).
struct TierHistory: Sendable {
    struct Entry: Sendable {
        let grant: GrantRecord
        let qualification: Qualification
    }

    let tier: Tier
    /// Firm → its qualifications of the tier, by (start, grant id).
    private(set) var byFirm: [Int64: [Entry]] = [:]

    init(tier: Tier, records: [GrantRecord], rule: TermRule, corrections: Corrections) {
        self.tier = tier
        var ends = EndMemo(rule: rule)
        for grant in records where !corrections.isVoided(grant.grantID) {
            let q = grant.qualification(end: ends.end(of: grant), revokedOn: corrections.revokedOn(grant.grantID))
            byFirm[grant.firmID, default: []].append(Entry(grant: grant, qualification: q))
        }
        for firm in byFirm.keys {
            byFirm[firm]!.sort { ($0.grant.start, $0.grant.grantID) < ($1.grant.start, $1.grant.grantID) }
        }
    }

    /// The firm's next qualification of the tier after `q` that starts by `asOf` within `windowDays`
    /// of `q`'s end, either side: the re-certification that continues the chain.
    func successor(of q: Qualification, firm: Int64, windowDays: Int, asOf: Day) -> Entry? {
        guard let end = q.end else { return nil }
        return byFirm[firm]?.first { entry in
            let start = entry.qualification.start
            return (start, entry.grant.grantID) > (q.start, q.grantEventID) && start <= asOf
                && abs(end.days(until: start)) <= windowDays
        }
    }
}
