import Testing
@testable import LadderKit

/// Counts of valid qualifications on single days, worked out by hand from tiny histories.
@Suite struct ValidityCountTests {
    struct EndCase: CustomTestStringConvertible, Sendable {
        let convention: EndConvention
        let issued: String
        /// The last day the certificate is valid, by hand: Civil Code counts the corresponding day,
        /// or the month's last day when there is none (Feb 29 → Feb 28).
        let lastDay: String
        let dayAfter: String
        var testDescription: String { "\(convention.rawValue): \(issued) → \(lastDay)" }
    }

    @Test(arguments: [
        EndCase(convention: .civilCode, issued: "2023-11-22", lastDay: "2026-11-22", dayAfter: "2026-11-23"),
        EndCase(convention: .minusOneDay, issued: "2023-11-22", lastDay: "2026-11-21", dayAfter: "2026-11-22"),
        EndCase(convention: .civilCode, issued: "2024-02-29", lastDay: "2027-02-28", dayAfter: "2027-03-01"),
        EndCase(convention: .minusOneDay, issued: "2024-02-29", lastDay: "2027-02-28", dayAfter: "2027-03-01"),
        EndCase(convention: .civilCode, issued: "2023-12-31", lastDay: "2026-12-31", dayAfter: "2027-01-01"),
    ])
    func certificateCountsThroughItsLastDayOnly(_ c: EndCase) throws {
        let f = try StatsFixture()
        let code = try f.firm(1, "江西甲科技有限公司")
        try f.certify(code, "GR202336000001", issued: c.issued)
        let policy = Policy.with(hnte: c.convention)
        #expect(try f.total(.hnte, on: c.issued, policy: policy) == 1)
        #expect(try f.total(.hnte, on: Day(iso: c.issued)!.adding(days: -1).iso, policy: policy) == 0)
        #expect(try f.total(.hnte, on: c.lastDay, policy: policy) == 1)
        #expect(try f.total(.hnte, on: c.dayAfter, policy: policy) == 0)
    }

    struct TsmeCase: CustomTestStringConvertible, Sendable {
        let end: TsmeTerm.End
        let lastDay: String
        let dayAfter: String
        var testDescription: String { "\(end.rawValue) → \(lastDay)" }
    }

    @Test(arguments: [
        TsmeCase(end: .yearEnd, lastDay: "2024-12-31", dayAfter: "2025-01-01"),
        TsmeCase(end: .march31NextYear, lastDay: "2025-03-31", dayAfter: "2025-04-01"),
    ])
    func tsmeNumberCountsThroughItsYearsEnd(_ c: TsmeCase) throws {
        let f = try StatsFixture()
        let code = try f.firm(1, "江西乙科技有限公司")
        try f.admit(code, "2024360111A0000001", effective: "2024-04-15")
        let policy = Policy.with(tsme: c.end)
        #expect(try f.total(.tsme, on: "2024-04-14", policy: policy) == 0)
        #expect(try f.total(.tsme, on: "2024-04-15", policy: policy) == 1)
        #expect(try f.total(.tsme, on: c.lastDay, policy: policy) == 1)
        #expect(try f.total(.tsme, on: c.dayAfter, policy: policy) == 0)
    }

    @Test func revocationEndsValidityFromItsEffectiveDay() throws {
        let f = try StatsFixture()
        let a = try f.firm(1, "江西甲科技有限公司")
        let b = try f.firm(2, "江西乙科技有限公司")
        try f.certify(a, "GR202236000001", issued: "2022-12-01")
        try f.certify(b, "GR202236000002", issued: "2022-12-01")
        try f.revoke(a, .hnte, effective: "2024-06-15")
        #expect(try f.total(.hnte, on: "2024-06-14") == 2)
        #expect(try f.total(.hnte, on: "2024-06-15") == 1)
        #expect(try f.total(.hnte, on: "2025-12-01") == 1)
        #expect(try f.total(.hnte, on: "2025-12-02") == 0)
    }

    @Test func relocationMovesTheCountFromItsEffectiveDay() throws {
        let f = try StatsFixture()
        let a = try f.firm(1, "南昌甲科技有限公司", division: "360111")
        try f.certify(a, "GR202336000001", issued: "2023-01-10")
        try f.relocate(a, to: "360702", effective: "2024-05-01")
        try f.relocate(a, to: "360404", zone: .ganjiang, effective: "2025-03-01")
        #expect(try f.counts(.hnte, on: "2024-04-30") == ["360100": 1])
        #expect(try f.counts(.hnte, on: "2024-05-01") == ["360700": 1])
        #expect(try f.counts(.hnte, on: "2025-02-28") == ["360700": 1])
        #expect(try f.counts(.hnte, on: "2025-03-01") == ["ganjiang": 1])
        // By county too, a 赣江新区 firm counts in 赣江新区 and not in the county its code names.
        #expect(try f.counts(.hnte, on: "2025-03-01", by: .county) == ["ganjiang": 1])
    }

    @Test func voidRecordedLaterChangesOnlyLaterAnswers() throws {
        let f = try StatsFixture()
        let a = try f.firm(1, "江西甲科技有限公司")
        let b = try f.firm(2, "江西乙科技有限公司")
        let wrong = try f.certify(a, "GR202336000001", issued: "2023-11-22", recorded: "2024-01-05T02:00")
        try f.certify(b, "GR202336000002", issued: "2023-11-22", recorded: "2024-01-05T02:00")
        try f.void(wrong, recorded: "2024-03-01T02:00")
        // Before the certificates were recorded, nothing was known.
        #expect(try f.total(.hnte, on: "2024-02-01", knownAt: "2024-01-05T01:59") == 0)
        #expect(try f.total(.hnte, on: "2024-02-01", knownAt: "2024-01-05T02:00") == 2)
        #expect(try f.total(.hnte, on: "2024-02-01", knownAt: "2024-03-01T01:59:59") == 2)
        #expect(try f.total(.hnte, on: "2024-02-01", knownAt: "2024-03-01T02:00") == 1)
        #expect(try f.total(.hnte, on: "2024-02-01") == 1)
    }

    @Test func voidedRevocationAndRelocationAreUndoneFromTheVoid() throws {
        let f = try StatsFixture()
        let a = try f.firm(1, "江西甲科技有限公司", division: "360111")
        try f.certify(a, "GR202336000001", issued: "2023-01-10")
        let revoke = try f.revoke(a, .hnte, effective: "2024-02-01", recorded: "2024-02-02T00:00")
        let move = try f.relocate(a, to: "360702", effective: "2024-01-01", recorded: "2024-02-02T00:00")
        try f.void(revoke, recorded: "2024-04-01T00:00")
        try f.void(move, recorded: "2024-04-01T00:00")
        #expect(try f.counts(.hnte, on: "2024-03-01", knownAt: "2024-03-01") == [:])
        #expect(try f.counts(.hnte, on: "2024-01-15", knownAt: "2024-03-01") == ["360700": 1])
        #expect(try f.counts(.hnte, on: "2024-03-01", knownAt: "2024-04-01T00:00") == ["360100": 1])
    }

    @Test func overlappingCertificatesCountTheFirmOnce() throws {
        let f = try StatsFixture()
        let a = try f.firm(1, "江西甲科技有限公司")
        try f.certify(a, "GR202036000001", issued: "2020-11-20")
        try f.certify(a, "GR202336000009", issued: "2023-11-15")
        #expect(try f.total(.hnte, on: "2023-11-18") == 1)
        #expect(try f.total(.hnte, on: "2023-11-20") == 1)
        #expect(try f.total(.hnte, on: "2026-11-15") == 1)
        #expect(try f.total(.hnte, on: "2026-11-16") == 0)
    }

    @Test func positionsCountEachFirmOnceAtItsHighestTier() throws {
        let f = try StatsFixture()
        let a = try f.firm(1, "甲", division: "360111")
        let b = try f.firm(2, "乙", division: "360702")
        let c = try f.firm(3, "丙", division: "360702")
        try f.admit(a, "2024360111A0000001", effective: "2024-03-01")
        try f.certify(a, "GR202336000001", issued: "2023-11-22")
        try f.admit(b, "2024360702A0000002", effective: "2024-03-01")
        try f.certify(c, "GR202336000002", issued: "2023-11-22")
        try f.select(c, .gazelle, year: 2024, effective: "2024-06-30")
        // Firm a: tsme + hnte → hnte. b: tsme. c: hnte + growth → growth.
        #expect(try f.counts(nil, on: "2024-07-01", by: .position) == ["tsme": 1, "hnte": 1, "growth": 1])
        #expect(try f.counts(nil, on: "2024-07-01", by: .tier) == ["tsme": 2, "hnte": 2, "growth": 1])
        #expect(try f.counts(.hnte, on: "2024-07-01", by: .position) == ["hnte": 1, "growth": 1])
        #expect(try f.counts(nil, on: "2024-07-01") == ["360100": 1, "360700": 2])
        #expect(try f.counts(nil, on: "2024-06-29", by: .position) == ["tsme": 1, "hnte": 2])
    }

    @Test func untilNextListEndsTheDayBeforeTheNextList() throws {
        let f = try StatsFixture()
        let a = try f.firm(1, "甲")
        let b = try f.firm(2, "乙")
        try f.select(a, .gazelle, year: 2023, effective: "2023-07-01")
        try f.select(b, .gazelle, year: 2024, effective: "2024-08-15")
        let policy = Policy.with(lists: ListTerm(term: .untilNextList, years: 1, end: .civilCode))
        #expect(try f.total(.growth, on: "2024-08-14", policy: policy) == 1)
        #expect(try f.total(.growth, on: "2024-08-15", policy: policy) == 1)
        #expect(try f.counts(.growth, on: "2024-08-15", by: .county, policy: policy) == ["360111": 1])
        #expect(try f.total(.growth, on: "2030-01-01", policy: policy) == 1)
        // Default: one year, Civil Code: a's 2023 listing runs through 2024-07-01.
        #expect(try f.total(.growth, on: "2024-07-01") == 1)
        #expect(try f.total(.growth, on: "2024-07-02") == 0)
        #expect(try f.total(.growth, on: "2024-08-15") == 1)
    }
}
