extension CandidateSearch {
    /// What `candidates` asks of one firm, the same whichever way its records were read: the
    /// firm is skipped outside the region or while it holds the tier past `asOf`'s year, else
    /// its facts are checked, counted, and the firm listed when it meets the rules.
    mutating func consider(_ enterprise: Enterprise, history: History, facts: [Int: AnnualFacts],
                           rule: any EligibilityRule, policy: Policy, year: Int?, asOf: Day) {
        let location = history.location(on: asOf, registered: enterprise.registeredLocation)
        if let region, !region.contains(location) { return }
        let valid = history.qualifications(validOn: asOf)
        let held = valid.filter { $0.tier == rule.tier }
        let lastDay = held.compactMap(\.lastValidDay).max()
        let openEnded = held.contains { $0.lastValidDay == nil }
        let reason: Candidate.Reason
        if held.isEmpty { reason = .notHeld }
        else if !openEnded, let lastDay, lastDay.year == asOf.year { reason = .endsThisYear }
        else { return }
        var input = EligibilityInput(founded: enterprise.profile.founded, field: enterprise.profile.field, asOf: asOf,
                                     year: year, facts: facts, validTiers: Set(valid.map(\.tier)))
        // Only the verdict, the missing facts and the score are read here: no phrases made.
        input.worded = false
        let result = rule.evaluate(input, policy: policy)
        count(result)
        guard result.verdict == .eligible else { return }
        candidates.append(Candidate(creditCode: enterprise.creditCode,
                                    name: history.name(on: asOf, registered: enterprise.registeredName),
                                    region: location.reportingRegion, reason: reason,
                                    ends: reason == .endsThisYear ? lastDay : nil, score: result.score?.total))
    }
}

extension CandidateSearch {
    /// Adds another search's findings over the same region: candidates appended, counts added.
    mutating func merge(_ other: CandidateSearch) {
        candidates += other.candidates
        checked += other.checked
        notEligible += other.notEligible
        insufficientData += other.insufficientData
        for (fact, firms) in other.missing { missing[fact, default: 0] += firms }
    }
}
