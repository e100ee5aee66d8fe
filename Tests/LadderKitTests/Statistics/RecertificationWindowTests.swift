import Testing
@testable import LadderKit

/// The re-certification window is a policy knob: importing a policy that narrows it turns a late
/// re-certification into a lapse.
@Suite struct RecertificationWindowTests {
    @Test func aNarrowerWindowMakesALateRenewalALapse() throws {
        let r = try Registry.inMemory()
        _ = try r.add(Codes.a, name: "甲公司", context: context("2025-01-01T00:00:00Z"))
        // Ends 2023-11-20; the next certificate starts 60 days later, on 2024-01-19.
        _ = try r.certify(Codes.a, number: CertificateNumber(trusted: "GR202036000001"), issued: day("2020-11-20"),
                          context: context("2025-01-01T00:00:01Z"))
        _ = try r.certify(Codes.a, number: CertificateNumber(trusted: "GR202436000001"), issued: day("2024-01-19"),
                          context: context("2025-01-01T00:00:02Z"))
        let wide = try r.lapsed(tier: .hnte, since: day("2023-01-01"), asOf: day("2025-06-30"))
        #expect(wide.rows.isEmpty)
        #expect(try r.cohort(tier: .hnte, asOf: day("2025-06-30")).rows.first { $0.year == 2020 }?.recertified == 1)

        let narrow = PolicyDocument.encode(.builtIn)
            .replacingOccurrences(of: "\"recertification_window_days\": 365", with: "\"recertification_window_days\": 30")
            .replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")
        _ = try r.importPolicy(json: narrow, context: context("2025-02-01T00:00:00Z"))
        let lapsed = try r.lapsed(tier: .hnte, since: day("2023-01-01"), asOf: day("2025-06-30"))
        #expect(lapsed.rows.map(\.number) == ["GR202036000001"])
        let cohort = try r.cohort(tier: .hnte, asOf: day("2025-06-30")).rows.first { $0.year == 2020 }
        #expect(cohort?.recertified == 0)
        #expect(cohort?.lapsed == 1)
    }

    /// Ended without a successor: listed as lapsed once the window has closed (as `cohort` counts
    /// it), and before that only with `pending`, on the last day of the window and the day after.
    @Test(arguments: [("2026-11-21", true), ("2026-11-22", false)])
    func aLapseIsListedOnceItsWindowHasClosed(asOf: String, windowOpen: Bool) throws {
        let r = try Registry.inMemory()
        _ = try r.add(Codes.a, name: "甲公司", context: context("2025-01-01T00:00:00Z"))
        // Issued 2022-11-21: ends 2025-11-21 (the Civil Code end); a new certificate starting up to
        // 365 days after that end would be its successor, so the window runs through 2026-11-21.
        _ = try r.certify(Codes.a, number: CertificateNumber(trusted: "GR202236000001"), issued: day("2022-11-21"),
                          context: context("2025-01-01T00:00:01Z"))
        let lapsed = try r.lapsed(tier: .hnte, since: day("2025-01-01"), asOf: day(asOf))
        let pending = try r.lapsed(tier: .hnte, since: day("2025-01-01"), pending: true, asOf: day(asOf))
        #expect(lapsed.rows.map(\.number) == (windowOpen ? [] : ["GR202236000001"]))
        #expect(pending.rows.map(\.number) == (windowOpen ? ["GR202236000001"] : []))
        let cohort = try r.cohort(tier: .hnte, asOf: day(asOf)).rows.first { $0.year == 2022 }
        #expect([cohort?.lapsed, cohort?.pending] == (windowOpen ? [0, 1] : [1, 0]))
    }

    /// Without --since: lapses whose window closed within the year before the as-of day (the
    /// window of the certificate ending 2025-11-21 closes after 2026-11-21, so it is listed
    /// through 2027-11-21), and every qualification still pending.
    @Test(arguments: [("2026-06-01", false, true), ("2026-11-22", true, false), ("2027-11-21", true, false),
                      ("2027-11-22", false, false)])
    func theDefaultsListTheLastYearsLapsesAndEveryPendingOne(asOf: String, lapsed: Bool, pending: Bool) throws {
        let r = try Registry.inMemory()
        _ = try r.add(Codes.a, name: "甲公司", context: context("2025-01-01T00:00:00Z"))
        _ = try r.certify(Codes.a, number: CertificateNumber(trusted: "GR202236000001"), issued: day("2022-11-21"),
                          context: context("2025-01-01T00:00:01Z"))
        #expect(try r.lapsed(tier: .hnte, asOf: day(asOf)).rows.count == (lapsed ? 1 : 0))
        #expect(try r.lapsed(tier: .hnte, pending: true, asOf: day(asOf)).rows.count == (pending ? 1 : 0))
    }
}
