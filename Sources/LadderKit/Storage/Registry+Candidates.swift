import Foundation

extension Registry {
    /// Every firm with facts on file that meets `tier`'s rules on `asOf` and either does not hold
    /// the tier then, or holds it only until a day in `asOf`'s year. Ordered by region, then code;
    /// with the counts of the firms checked that were not candidates. `region`: only firms in it
    /// on `asOf` are checked.
    ///
    /// Reads the registry in one ordered pass (`FirmRecordsReader`; `FirmRecordsWindows` on a server) and checks the firms in
    /// batches on the other cores while it reads on (decoding their fact records there); the answer
    /// is the one the firm-by-firm reading (`candidatesFirmByFirm`) gives, which the tests check.
    public func candidates(tier: Tier, category: ListCategory? = nil, year: Int? = nil, region: Region? = nil,
                           asOf: Day, knownAt: Moment? = nil) throws -> CandidateSearch {
        try reading { c in
            let policy = try Registry.policy(c, knownAt: knownAt)
            let calendar = try ListCalendar.load(c, knownAt: knownAt, needed: policy.validity.needsListCalendar)
            let profiles = try Registry.profileCorrections(c, knownAt: knownAt)
            // SQLite walks the three tables side by side (its measured path); a server is read a
            // window of firms at a time. The same rows either way, checked by the same code.
            let next: () throws -> FirmRecordsReader.Firm?
            if let db = (c as? GRDBConnection)?.database {
                next = try FirmRecordsReader(db, knownAt: knownAt).next
            } else {
                next = try FirmRecordsWindows(c, knownAt: knownAt).next
            }
            let batches = CandidateBatches(CandidateBatches.Check(
                rule: tier.eligibilityRule(category: category), policy: policy, calendar: calendar, knownAt: knownAt,
                year: year, asOf: asOf, region: region))
            var batch: [CandidateBatches.Firm] = []
            batch.reserveCapacity(CandidateBatches.size)
            while let firm = try next() {
                guard let enterprise = firm.enterprise?.corrected(by: profiles[firm.id]),
                      knownAt.map({ enterprise.createdAt <= $0 }) ?? true else { continue }
                batch.append(CandidateBatches.Firm(enterprise: enterprise, records: firm))
                if batch.count == CandidateBatches.size {
                    batches.submit(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            batches.submit(batch)
            var search = try batches.finish()
            search.sortByRegionAndCode()
            return search
        }
    }
}

/// Checks batches of firms on a concurrent queue while the caller reads the next batch, at most
/// one batch per core in flight (so memory stays bounded); each batch counts into a search of
/// its own, merged as it finishes. The merged counts and the sorted list do not depend on the order;
/// an unreadable fact record fails the search with the error of the first firm in id order that has one.
final class CandidateBatches: @unchecked Sendable {
    static let size = 2048

    struct Firm: Sendable {
        let enterprise: Enterprise
        let records: FirmRecordsReader.Firm
    }

    struct Check: Sendable {
        let rule: any EligibilityRule
        let policy: Policy
        let calendar: ListCalendar
        let knownAt: Moment?
        let year: Int?
        let asOf: Day
        let region: Region?

        func run(_ batch: [Firm]) throws -> CandidateSearch {
            var search = CandidateSearch(region: region)
            for firm in batch {
                let facts = try firm.records.facts.merged()
                let history = History(events: firm.records.events, knownAt: knownAt, policy: policy.validity,
                                      nextListStart: calendar.nextListStart, corrections: firm.records.corrections)
                search.consider(firm.enterprise, history: history, facts: facts, rule: rule, policy: policy,
                                year: year, asOf: asOf)
            }
            return search
        }
    }

    private let check: Check
    private let queue = DispatchQueue(label: "ladder.candidates", attributes: .concurrent)
    private let group = DispatchGroup()
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var merged: CandidateSearch
    /// Batches submitted so far: a batch's number orders its error among the others'.
    private var submitted = 0
    private var firstError: (batch: Int, error: any Error)?

    init(_ check: Check) {
        self.check = check
        merged = CandidateSearch(region: check.region)
        slots = DispatchSemaphore(value: max(1, ProcessInfo.processInfo.activeProcessorCount))
    }

    func submit(_ batch: [Firm]) {
        guard !batch.isEmpty else { return }
        slots.wait()
        let number = submitted
        submitted += 1
        queue.async(group: group) { [self] in
            do {
                let found = try check.run(batch)
                lock.withLock { merged.merge(found) }
            } catch {
                lock.withLock {
                    if firstError.map({ number < $0.batch }) ?? true { firstError = (number, error) }
                }
            }
            slots.signal()
        }
    }

    /// The merged search once every batch submitted is checked.
    func finish() throws -> CandidateSearch {
        group.wait()
        return try lock.withLock {
            if let firstError { throw firstError.error }
            return merged
        }
    }
}
