import GRDB
import Testing
@testable import LadderKit

@Suite struct RegistryWriteTests {
    /// A registry with firm A (信丰众城矿业) holding certificate GR202336000123 from 2023-11-22.
    static func registryWithCertificate(on kind: EngineUnderTest.Kind = .sqlite) throws -> Registry {
        let registry = try FreshRegistry.on(kind)
        _ = try registry.add(Codes.a, name: "信丰众城矿业有限公司", context: context("2025-01-01T00:00:00Z"))
        _ = try registry.certify(Codes.a, number: CertificateNumber(trusted: "GR202336000123"), issued: day("2023-11-22"),
                                 context: context("2025-01-01T00:00:01Z"))
        return registry
    }

    static func eventCount(_ registry: Registry) throws -> Int {
        try registry.reading { c in try c.value("SELECT count(*) FROM event").flatMap { StoredRow([$0]).int(0) } ?? -1 }
    }

    @Test(arguments: EngineUnderTest.kinds)
    func addPlacesTheFirmByItsCodeUnlessTold(_ kind: EngineUnderTest.Kind) throws {
        let registry = try FreshRegistry.on(kind)
        let a = try registry.add(Codes.a, name: " 信丰众城矿业有限公司 ", context: context("2025-01-01T00:00:00Z"))
        #expect(a.registeredName == "信丰众城矿业有限公司")
        #expect(a.registeredLocation.division.code == "360722")
        let b = try registry.add(Codes.b, name: "鹰潭市信江海融小额贷款股份有限公司",
                                 location: Location(division: RegionCode(trusted: "360602")),
                                 context: context("2025-01-01T00:00:00Z"))
        #expect(b.registeredLocation.reportingRegion.name == "鹰潭市")
    }

    @Test func showsQualificationsAsOfADay() throws {
        let registry = try RegistryWriteTests.registryWithCertificate()
        let lastDay = try registry.profile(of: Codes.a.text, asOf: day("2026-11-22"))
        #expect(lastDay.position == .hnte)
        #expect(lastDay.qualifications.map(\.status) == [.valid])
        let nextDay = try registry.profile(of: "信丰众城矿业有限公司", asOf: day("2026-11-23"))
        #expect(nextDay.qualifications.map(\.status) == [.expired])
        #expect(nextDay.position == nil)
    }

    @Test(arguments: EngineUnderTest.kinds)
    func sameCertificateAgainIsUnchanged(_ kind: EngineUnderTest.Kind) throws {
        let registry = try RegistryWriteTests.registryWithCertificate(on: kind)
        let outcome = try registry.certify(Codes.a, number: CertificateNumber(trusted: "GR202336000123"),
                                          issued: day("2023-11-22"), context: context("2025-02-01T00:00:00Z"))
        guard case .unchanged = outcome else { Issue.record("expected unchanged, got \(outcome)"); return }
        #expect(try RegistryWriteTests.eventCount(registry) == 1)
    }

    @Test func revokeThenRenameFromTheirDays() throws {
        let registry = try RegistryWriteTests.registryWithCertificate()
        _ = try registry.revoke(Codes.a, tier: .hnte, effective: day("2025-03-01"), ground: .accident,
                                reason: "重大安全事故", context: context("2025-03-02T00:00:00Z"))
        _ = try registry.rename(Codes.a, to: "江西众城新材料有限公司", effective: day("2025-04-01"),
                                context: context("2025-04-02T00:00:00Z"))
        let before = try registry.profile(of: Codes.a.text, asOf: day("2025-02-28"))
        #expect(before.position == .hnte)
        #expect(before.name == "信丰众城矿业有限公司")
        let after = try registry.profile(of: "江西众城新材料有限公司", asOf: day("2025-04-01"))
        #expect(after.qualifications.map(\.status) == [.revoked])
        #expect(after.name == "江西众城新材料有限公司")
        // The former name still finds the firm.
        #expect(try registry.profile(of: "信丰众城矿业有限公司", asOf: day("2025-04-01")).enterprise.id == after.enterprise.id)
    }

    @Test(arguments: EngineUnderTest.kinds)
    func knownAtSeesTheVoidOnlyAfterItWasRecorded(_ kind: EngineUnderTest.Kind) throws {
        let registry = try RegistryWriteTests.registryWithCertificate(on: kind)
        _ = try registry.void(eventID: 1, reason: "录入错误", context: context("2025-06-01T08:00:00Z"))
        let before = try registry.profile(of: Codes.a.text, asOf: day("2025-01-01"), knownAt: moment("2025-06-01T07:59:59Z"))
        let after = try registry.profile(of: Codes.a.text, asOf: day("2025-01-01"), knownAt: moment("2025-06-01T08:00:00Z"))
        #expect(before.position == .hnte)
        #expect(after.position == nil)
        #expect(after.timeline.map(\.voidedBy) == [2, nil])
    }

    struct RefusalCase: CustomTestStringConvertible, Sendable {
        let name: String
        let write: @Sendable (Registry) throws -> Void
        let error: RegistryError
        var testDescription: String { name }
    }

    @Test(arguments: [
        RefusalCase(name: "unknown firm", write: { r in
            _ = try r.certify(Codes.c, number: CertificateNumber(trusted: "GR202336000999"), issued: day("2023-11-22"),
                              context: context("2025-02-01T00:00:00Z"))
        }, error: .unknownEnterprise(query: "914403001922038216")),
        RefusalCase(name: "certificate held by another firm", write: { r in
            _ = try r.add(Codes.b, name: "乙公司", context: context("2025-02-01T00:00:00Z"))
            _ = try r.certify(Codes.b, number: CertificateNumber(trusted: "GR202336000123"), issued: day("2023-11-22"),
                              context: context("2025-02-01T00:00:01Z"))
        }, error: .numberHeldByAnother(number: "GR202336000123", holderCode: "91360722MA35G1YK7R",
                                       holderName: "信丰众城矿业有限公司")),
        RefusalCase(name: "revoking after the end", write: { r in
            _ = try r.revoke(Codes.a, tier: .hnte, effective: day("2026-11-23"), ground: .other, reason: "x",
                             context: context("2025-02-01T00:00:00Z"))
        }, error: .notValidOnDay(code: "91360722MA35G1YK7R", tier: .hnte, day: day("2026-11-23"),
                                 detail: "GR202336000123 ended on 2026-11-22")),
        RefusalCase(name: "revoking a tier never held", write: { r in
            _ = try r.revoke(Codes.a, tier: .tsme, effective: day("2025-01-01"), ground: .other, reason: "x",
                             context: context("2025-02-01T00:00:00Z"))
        }, error: .notValidOnDay(code: "91360722MA35G1YK7R", tier: .tsme, day: day("2025-01-01"),
                                 detail: "none is recorded")),
        RefusalCase(name: "revoking before the start", write: { r in
            _ = try r.revoke(Codes.a, tier: .hnte, effective: day("2023-11-21"), ground: .other, reason: "x",
                             context: context("2025-02-01T00:00:00Z"))
        }, error: .effectiveBeforeStart(tier: .hnte, label: "GR202336000123", start: day("2023-11-22"),
                                        effective: day("2023-11-21"))),
        RefusalCase(name: "renaming to the current name", write: { r in
            _ = try r.rename(Codes.a, to: "信丰众城矿业有限公司", effective: day("2025-01-01"),
                             context: context("2025-02-01T00:00:00Z"))
        }, error: .sameName(code: "91360722MA35G1YK7R", name: "信丰众城矿业有限公司")),
        RefusalCase(name: "voiding twice", write: { r in
            _ = try r.void(eventID: 1, reason: "x", context: context("2025-02-01T00:00:00Z"))
            _ = try r.void(eventID: 1, reason: "again", context: context("2025-02-01T00:00:01Z"))
        }, error: .alreadyVoided(id: 1, voidID: 2)),
        RefusalCase(name: "voiding a void", write: { r in
            _ = try r.void(eventID: 1, reason: "x", context: context("2025-02-01T00:00:00Z"))
            _ = try r.void(eventID: 2, reason: "undo", context: context("2025-02-01T00:00:01Z"))
        }, error: .cannotVoidVoid(id: 2)),
        RefusalCase(name: "adding a firm twice", write: { r in
            _ = try r.add(Codes.a, name: "别名", context: context("2025-02-01T00:00:00Z"))
        }, error: .alreadyRegistered(code: "91360722MA35G1YK7R", name: "信丰众城矿业有限公司")),
        RefusalCase(name: "tsme admitted after its year", write: { r in
            _ = try r.admit(Codes.a, number: TsmeNumber(trusted: "2024360722A0000001"), effective: day("2025-01-02"),
                            context: context("2025-02-01T00:00:00Z"))
        }, error: .effectiveAfterEnd(tier: .tsme, label: "2024360722A0000001", end: day("2024-12-31"),
                                     effective: day("2025-01-02"))),
        RefusalCase(name: "tsme admitted before its year", write: { r in
            _ = try r.admit(Codes.a, number: TsmeNumber(trusted: "2025360722A0000001"), effective: day("2024-12-31"),
                            context: context("2025-02-01T00:00:00Z"))
        }, error: .effectiveBeforeStart(tier: .tsme, label: "2025360722A0000001", start: day("2025-01-01"),
                                        effective: day("2024-12-31"))),
        RefusalCase(name: "category of another tier", write: { r in
            _ = try r.select(Codes.a, tier: .leader, category: .gazelle, year: 2025, effective: day("2025-06-01"),
                             context: context("2025-02-01T00:00:00Z"))
        }, error: .categoryNotInTier(category: .gazelle, tier: .leader)),
        RefusalCase(name: "same certificate, another day", write: { r in
            _ = try r.certify(Codes.a, number: CertificateNumber(trusted: "GR202336000123"), issued: day("2023-11-23"),
                              context: context("2025-02-01T00:00:00Z"))
        }, error: .conflictingGrant(code: "91360722MA35G1YK7R", number: "GR202336000123", recorded: day("2023-11-22"),
                                    eventID: 1, effective: day("2023-11-23"))),
    ], EngineUnderTest.kinds)
    func refusalsWriteNothing(_ c: RefusalCase, on kind: EngineUnderTest.Kind) throws {
        let registry = try RegistryWriteTests.registryWithCertificate(on: kind)
        let eventsBefore = try RegistryWriteTests.eventCount(registry)
        var thrown: Error?
        do { try c.write(registry) } catch { thrown = error }
        #expect(thrown as? RegistryError == c.error)
        // Only the refused write is missing: setup writes inside the case (a second firm, a first void) stay.
        let added = try registry.reading { c in
            try c.value("SELECT count(*) FROM event WHERE recorded_at > '2025-02-01T00:00:00.000000Z'")
                .flatMap { StoredRow([$0]).int(0) }
        }
        #expect(added == 0)
        #expect(try RegistryWriteTests.eventCount(registry) >= eventsBefore)
    }

    @Test(arguments: EngineUnderTest.kinds)
    func removedTsmeCannotReturnTheSameYearNorForThreeYearsAfterFraud(_ kind: EngineUnderTest.Kind) throws {
        let registry = try RegistryWriteTests.registryWithCertificate(on: kind)
        _ = try registry.admit(Codes.a, number: TsmeNumber(trusted: "2024360722A0000001"), effective: day("2024-04-01"),
                               context: context("2025-02-01T00:00:00Z"))
        _ = try registry.revoke(Codes.a, tier: .tsme, effective: day("2024-06-01"), ground: .fraud, reason: "弄虚作假",
                                context: context("2025-02-01T00:00:01Z"))
        #expect(throws: RegistryError.readmissionBarred(code: Codes.a.text, year: 2027, revokedIn: 2024, ground: .fraud,
                                                       untilYear: 2028)) {
            _ = try registry.admit(Codes.a, number: TsmeNumber(trusted: "2027360722A0000001"), effective: day("2027-04-01"),
                                   context: context("2025-02-01T00:00:02Z"))
        }
        let outcome = try registry.admit(Codes.a, number: TsmeNumber(trusted: "2028360722A0000001"),
                                         effective: day("2028-04-01"), context: context("2025-02-01T00:00:03Z"))
        #expect(outcome.event.kind == .admit)
    }

    @Test(arguments: ["UPDATE event SET note = 'x' WHERE id = 1", "DELETE FROM event WHERE id = 1"])
    func triggersRefuseChangingEvents(_ sql: String) throws {
        let registry = try RegistryWriteTests.registryWithCertificate()
        #expect(throws: DatabaseError.self) {
            try registry.writer.write { try $0.execute(sql: sql) }
        }
        #expect(try RegistryWriteTests.eventCount(registry) == 1)
    }

    @Test func triggerRefusesChangingARegisteredName() throws {
        let registry = try RegistryWriteTests.registryWithCertificate()
        #expect(throws: DatabaseError.self) {
            try registry.writer.write { try $0.execute(sql: "UPDATE enterprise SET name = 'x'") }
        }
    }
}
