import Testing
@testable import LadderKit

/// Status derivation from hand-built events (no database).
@Suite struct HistoryTests {
    static let at = moment("2025-01-01T00:00:00Z")

    static func event(_ id: Int64, _ detail: EventDetail, _ effective: String, recorded: String = "2025-01-01T00:00:00Z") -> Event {
        Event(id: id, enterpriseID: 1, detail: detail, effective: day(effective),
              provenance: Provenance(recordedAt: moment(recorded), operatorName: "t", command: "test"))
    }

    static let certificate = event(1, .certify(number: CertificateNumber(trusted: "GR202336000123")), "2023-11-22")

    struct StatusCase: CustomTestStringConvertible, Sendable {
        let day: String, status: QualificationStatus
        var testDescription: String { "\(day) → \(status.rawValue)" }
    }

    @Test(arguments: [
        StatusCase(day: "2023-11-21", status: .notStarted),
        StatusCase(day: "2023-11-22", status: .valid),
        StatusCase(day: "2026-11-22", status: .valid),
        StatusCase(day: "2026-11-23", status: .expired),
    ])
    func certificateStatus(_ c: StatusCase) {
        let history = History(events: [HistoryTests.certificate], knownAt: nil, policy: .standard)
        #expect(history.qualifications.count == 1)
        #expect(history.qualifications[0].status(on: day(c.day)) == c.status)
    }

    @Test func minusOneDayKnobEndsTheDayBefore() {
        var policy = ValidityPolicy.standard
        policy.hnte.end = .minusOneDay
        let history = History(events: [HistoryTests.certificate], knownAt: nil, policy: policy)
        #expect(history.qualifications[0].status(on: day("2026-11-21")) == .valid)
        #expect(history.qualifications[0].status(on: day("2026-11-22")) == .expired)
    }

    @Test func tsmeEndsOnDecember31OfTheNumbersYear() {
        let admit = HistoryTests.event(1, .admit(number: TsmeNumber(trusted: "2024360111A0000001")), "2024-05-06")
        let q = History(events: [admit], knownAt: nil, policy: .standard).qualifications[0]
        #expect(q.end?.iso == "2024-12-31")
        #expect(q.status(on: day("2024-12-31")) == .valid)
        #expect(q.status(on: day("2025-01-01")) == .expired)
    }

    @Test func revocationEndsFromItsEffectiveDay() {
        let revoke = HistoryTests.event(2, .revoke(target: 1, ground: .fraud, reason: "x"), "2025-03-01")
        let history = History(events: [HistoryTests.certificate, revoke], knownAt: nil, policy: .standard)
        let q = history.qualifications[0]
        #expect(q.status(on: day("2025-02-28")) == .valid)
        #expect(q.status(on: day("2025-03-01")) == .revoked)
        #expect(q.lastValidDay?.iso == "2025-02-28")
        #expect(history.position(on: day("2025-02-28")) == .hnte)
        #expect(history.position(on: day("2025-03-01")) == nil)
    }

    @Test func renameTakesEffectFromItsDay() {
        let rename = HistoryTests.event(2, .rename(name: "新名"), "2025-03-01")
        let history = History(events: [HistoryTests.certificate, rename], knownAt: nil, policy: .standard)
        #expect(history.name(on: day("2025-02-28"), registered: "旧名") == "旧名")
        #expect(history.name(on: day("2025-03-01"), registered: "旧名") == "新名")
        // The certificate keeps its number and end across the rename.
        #expect(history.qualifications[0].end?.iso == "2026-11-22")
    }

    @Test func knownAtBeforeAndAfterAVoid() {
        let void = HistoryTests.event(2, .void(target: 1, reason: "wrong firm"), "2025-06-01",
                                      recorded: "2025-06-01T08:00:00Z")
        let before = History(events: [HistoryTests.certificate, void], knownAt: moment("2025-06-01T07:59:59Z"),
                             policy: .standard)
        let after = History(events: [HistoryTests.certificate, void], knownAt: moment("2025-06-01T08:00:00Z"),
                            policy: .standard)
        #expect(before.position(on: day("2025-01-01")) == .hnte)
        #expect(after.position(on: day("2025-01-01")) == nil)
        #expect(after.voidedBy[1]?.id == 2)
    }

    @Test func positionIsTheHighestValidTier() {
        let admit = HistoryTests.event(2, .admit(number: TsmeNumber(trusted: "2025360111A0000001")), "2025-05-01")
        let listed = HistoryTests.event(3, .select(category: .gazelle, year: 2025), "2025-07-01")
        let history = History(events: [HistoryTests.certificate, admit, listed], knownAt: nil, policy: .standard)
        #expect(history.position(on: day("2025-04-30")) == .hnte)
        #expect(history.position(on: day("2025-07-01")) == .growth)
        #expect(history.position(on: day("2026-07-02")) == .hnte)
        #expect(history.position(on: day("2026-11-23")) == nil)
    }
}
