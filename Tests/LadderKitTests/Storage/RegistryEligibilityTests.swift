import Testing
@testable import LadderKit

/// Facts versions, stored policies and the promotion guard, through the registry.
@Suite struct RegistryEligibilityTests {
    /// Firm A (founded 2015-12-01, 新材料) with 2022–2024 facts that meet every hnte threshold exactly:
    /// tech staff 10 / 100 = 10%; R&D 6,150,000 / sales 123,000,000 = 5% (latest sales 4800万 ≤ 5000万);
    /// in China 3,690,000 / 6,150,000 = 60%; high-tech 28,800,000 / 48,000,000 = 60%; innovation 71.
    static func boundaryFirm(on kind: EngineUnderTest.Kind = .sqlite) throws -> Registry {
        let r = try FreshRegistry.on(kind)
        _ = try r.add(Codes.a, name: "甲公司", profile: EnterpriseProfileFields(founded: day("2015-12-01"), field: "新材料"),
                      context: context("2025-01-01T00:00:00Z"))
        let years: [(Int, Int64, Int64, Int64)] = [(2022, 35_000_000, 1_750_000, 1_050_000),
                                                  (2023, 40_000_000, 2_000_000, 1_200_000),
                                                  (2024, 48_000_000, 2_400_000, 1_440_000)]
        for (year, revenue, rd, inChina) in years {
            _ = try r.setFacts(Codes.a, year: year, facts: AnnualFacts(revenue: revenue, rdExpense: rd, rdExpenseInChina: inChina),
                               context: context("2025-01-02T00:00:00Z"))
        }
        _ = try r.setFacts(Codes.a, year: 2024, facts: AnnualFacts(
            employees: 100, techStaff: 10, highTechIncome: 28_800_000, innovationScore: 71, ownsCoreIP: true,
            majorAccident: false), context: context("2025-01-03T00:00:00Z"))
        return r
    }

    /// A meets every hnte threshold exactly (boundaryFirm); B has 9 tech staff in 100 (9%, one
    /// person short); C has only its headcount on file. Only A is a candidate, until it holds a
    /// certificate that does not end this year; then, when it ends this year, it is one again.
    @Test(arguments: EngineUnderTest.kinds)
    func candidatesAreTheFirmsMeetingTheRulesWithoutTheTier(_ kind: EngineUnderTest.Kind) throws {
        let r = try RegistryEligibilityTests.boundaryFirm(on: kind)
        _ = try r.add(Codes.b, name: "乙公司", profile: EnterpriseProfileFields(founded: day("2015-12-01"), field: "新材料"),
                      context: context("2025-01-01T00:00:00Z"))
        for (year, revenue, rd, inChina) in [(2022, 35_000_000, 1_750_000, 1_050_000), (2023, 40_000_000, 2_000_000, 1_200_000),
                                             (2024, 48_000_000, 2_400_000, 1_440_000)] as [(Int, Int64, Int64, Int64)] {
            _ = try r.setFacts(Codes.b, year: year, facts: AnnualFacts(revenue: revenue, rdExpense: rd, rdExpenseInChina: inChina),
                               context: context("2025-01-02T00:00:00Z"))
        }
        _ = try r.setFacts(Codes.b, year: 2024, facts: AnnualFacts(
            employees: 100, techStaff: 9, highTechIncome: 28_800_000, innovationScore: 71, ownsCoreIP: true,
            majorAccident: false), context: context("2025-01-03T00:00:00Z"))
        _ = try r.add(Codes.c, name: "丙公司", context: context("2025-01-01T00:00:00Z"))
        _ = try r.setFacts(Codes.c, year: 2024, facts: AnnualFacts(employees: 50), context: context("2025-01-02T00:00:00Z"))

        let search = try r.candidates(tier: .hnte, asOf: day("2025-06-01"))
        #expect(search.candidates.map(\.creditCode) == [Codes.a])
        #expect(search.candidates.map(\.reason) == [.notHeld])
        #expect((search.checked, search.notEligible, search.insufficientData) == (3, 1, 1))
        // C lacks 17 facts: the profile's founding day and field, and fifteen figures of 2022–2024.
        #expect(search.missing.count == 17)
        #expect([search.missing["founded"], search.missing["innovation_score (2024)"], search.missing["revenue (2022)"]]
            == [1, 1, 1])

        // Certified 2022-06-02: ends 2025-06-02, in the as-of year, so A is up for renewal.
        _ = try r.certify(Codes.a, number: CertificateNumber(trusted: "GR202236000001"), issued: day("2022-06-02"),
                          context: context("2025-01-04T00:00:00Z"))
        let renewal = try r.candidates(tier: .hnte, asOf: day("2025-06-01"))
        #expect(renewal.candidates.map(\.reason) == [.endsThisYear])
        #expect(renewal.candidates.map { $0.ends?.iso } == ["2025-06-02"])
        // Certified again 2025-05-20: holds one ending in 2028, so it is neither checked nor listed.
        _ = try r.certify(Codes.a, number: CertificateNumber(trusted: "GR202536000001"), issued: day("2025-05-20"),
                          context: context("2025-01-05T00:00:00Z"))
        let held = try r.candidates(tier: .hnte, asOf: day("2025-06-01"))
        #expect(held.candidates.isEmpty)
        #expect(held.checked == 2)
    }

    /// A published list is recorded as the authority decided; a firm whose facts on file fail the
    /// rules is reported with the failed criterion (B has 9 tech staff in 100: 9%, needs 10%).
    @Test func aListedFirmWhoseFactsFailIsRecordedAndReported() throws {
        let r = try RegistryEligibilityTests.boundaryFirm()
        _ = try r.setFacts(Codes.a, year: 2024, facts: AnnualFacts(techStaff: 9), context: context("2025-01-04T00:00:00Z"))
        let scratch = try ImportScratch()
        let path = try scratch.write("list.csv", "统一社会信用代码,企业名称,证书编号,发证日期\n\(Codes.a.text),甲公司,GR202536000001,2025-06-01\n")
        let report = try importFile(path, into: r)
        #expect((report.newEvents, report.rejected, report.warnings) == (1, 0, 1))
        #expect(report.issues.map(\.message) == ["recorded as listed, but the facts on file fail the hnte rules: "
            + "hnte.tech_staff_ratio 9.00% (9 / 100 人, 2024) (needs ≥ 10% of employees)"])
        #expect(try r.profile(of: Codes.a.text, asOf: day("2025-06-01")).qualifications.map(\.qualification.number)
            == ["GR202536000001"])
    }

    @Test(arguments: EngineUnderTest.kinds)
    func factsAreVersionedAndKnownAtSeesTheOlderVersion(_ kind: EngineUnderTest.Kind) throws {
        let r = try FreshRegistry.on(kind)
        _ = try r.add(Codes.a, name: "甲公司", context: context("2025-01-01T00:00:00Z"))
        _ = try r.setFacts(Codes.a, year: 2024, facts: AnnualFacts(employees: 100), context: context("2025-02-01T00:00:00Z"))
        _ = try r.setFacts(Codes.a, year: 2024, facts: AnnualFacts(employees: 120, revenue: 5_000_000),
                           context: context("2025-03-01T00:00:00Z"))
        let older = try r.facts(of: Codes.a.text, knownAt: moment("2025-02-15T00:00:00Z")).byYear[2024]
        #expect(older?.employees == 100)
        #expect(older?.revenue == nil)
        let newer = try r.facts(of: Codes.a.text).byYear[2024]
        #expect(newer?.employees == 120)
        #expect(newer?.revenue == 5_000_000)
        let again = try r.setFacts(Codes.a, year: 2024, facts: AnnualFacts(employees: 120, revenue: 5_000_000),
                                   context: context("2025-04-01T00:00:00Z"))
        guard case .unchanged = again else { Issue.record("expected unchanged"); return }
    }

    @Test(arguments: EngineUnderTest.kinds)
    func aCommandThatPutsBackAnEarlierValueIsRecorded(_ kind: EngineUnderTest.Kind) throws {
        let r = try FreshRegistry.on(kind)
        _ = try r.add(Codes.a, name: "甲公司", context: context("2025-01-01T00:00:00Z"))
        for (employees, at) in [(100, "2025-02-01T00:00:00Z"), (200, "2025-02-02T00:00:00Z"), (100, "2025-02-03T00:00:00Z")] {
            guard case .recorded = try r.setFacts(Codes.a, year: 2024, facts: AnnualFacts(employees: Int64(employees)),
                                                  context: context(at)) else {
                Issue.record("employees \(employees) at \(at) should be recorded")
                return
            }
        }
        #expect(try r.facts(of: Codes.a.text).byYear[2024]?.employees == 100)
    }

    @Test(arguments: EngineUnderTest.kinds)
    func factsThatContradictTheYearsOtherFactsAreRefused(_ kind: EngineUnderTest.Kind) throws {
        let r = try FreshRegistry.on(kind)
        _ = try r.add(Codes.a, name: "甲公司", context: context("2025-01-01T00:00:00Z"))
        _ = try r.setFacts(Codes.a, year: 2024, facts: AnnualFacts(employees: 100), context: context("2025-02-01T00:00:00Z"))
        #expect(throws: RegistryError.self) {
            _ = try r.setFacts(Codes.a, year: 2024, facts: AnnualFacts(techStaff: 150), context: context("2025-02-02T00:00:00Z"))
        }
    }

    @Test(arguments: EngineUnderTest.kinds)
    func impossibleFactsAreRefused(_ kind: EngineUnderTest.Kind) throws {
        let r = try FreshRegistry.on(kind)
        _ = try r.add(Codes.a, name: "甲公司", context: context("2025-01-01T00:00:00Z"))
        #expect(throws: RegistryError.self) {
            _ = try r.setFacts(Codes.a, year: 2024, facts: AnnualFacts(employees: 100, techStaff: 101),
                               context: context("2025-02-01T00:00:00Z"))
        }
    }

    @Test(arguments: EngineUnderTest.kinds)
    func aFirmOnEveryThresholdIsCertifiedWithoutOverride(_ kind: EngineUnderTest.Kind) throws {
        let r = try RegistryEligibilityTests.boundaryFirm(on: kind)
        let result = try r.check(Codes.a.text, tier: .hnte, asOf: day("2025-06-01"))
        #expect(result.verdict == .eligible)
        #expect(result.year == 2024)
        let outcome = try r.certify(Codes.a, number: CertificateNumber(trusted: "GR202536000001"), issued: day("2025-06-01"),
                                    context: context("2025-06-02T00:00:00Z", override: nil))
        #expect(outcome.event.provenance.override == nil)
    }

    @Test(arguments: EngineUnderTest.kinds)
    func aPolicyImportThatRaisesAThresholdChangesTheVerdictFromThenOn(_ kind: EngineUnderTest.Kind) throws {
        let r = try RegistryEligibilityTests.boundaryFirm(on: kind)
        let json = PolicyDocument.encode(.builtIn)
            .replacingOccurrences(of: "\"tech_staff_min_percent\": 10", with: "\"tech_staff_min_percent\": 10.01")
            .replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")
        _ = try r.importPolicy(json: json, context: context("2025-07-01T00:00:00Z"))
        let now = try r.check(Codes.a.text, tier: .hnte, asOf: day("2025-06-01"))
        #expect(now.verdict == .notEligible)
        #expect(now.criterion("hnte.tech_staff_ratio")?.verdict == .fail)
        #expect(now.policy == PolicyReference(id: "jiangxi-2023", version: 2))
        let before = try r.check(Codes.a.text, tier: .hnte, asOf: day("2025-06-01"), knownAt: moment("2025-06-30T00:00:00Z"))
        #expect(before.verdict == .eligible)
        #expect(before.policy == PolicyReference(id: "jiangxi-2023", version: 1))
    }

    @Test(arguments: EngineUnderTest.kinds)
    func aChangedPolicyUnderAnOldVersionIsRefused(_ kind: EngineUnderTest.Kind) throws {
        let r = try FreshRegistry.on(kind)
        let v2 = PolicyDocument.encode(.builtIn).replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")
        _ = try r.importPolicy(json: v2, context: context("2025-07-01T00:00:00Z"))
        let changed = v2.replacingOccurrences(of: "\"innovation_score_above\": 70", with: "\"innovation_score_above\": 69")
        #expect(throws: RegistryError.policyVersionTaken(id: "jiangxi-2023", version: 2)) {
            _ = try r.importPolicy(json: changed, context: context("2025-07-02T00:00:00Z"))
        }
        // The built-in v1 is not stored, yet its id and version are taken too.
        let changedBuiltIn = PolicyDocument.encode(.builtIn)
            .replacingOccurrences(of: "\"innovation_score_above\": 70", with: "\"innovation_score_min\": 70")
        #expect(throws: RegistryError.policyVersionTaken(id: "jiangxi-2023", version: 1)) {
            _ = try r.importPolicy(json: changedBuiltIn, context: context("2025-07-02T00:00:00Z"))
        }
        #expect(throws: RegistryError.badPolicy(.missing(path: "$.version"))) {
            _ = try r.importPolicy(json: v2.replacingOccurrences(of: ",\n  \"version\": 2", with: ""),
                                   context: context("2025-07-02T00:00:00Z"))
        }
    }

    /// A policy stored in the old words (`innovation_score_min: 71`) still reads, and importing
    /// it again is unchanged, not a taken version; the built-in in its old words is the built-in.
    @Test func aPolicyStoredWithTheOldScoreKeyStillReadsAndImportsUnchanged() throws {
        let r = try Registry.inMemory()
        let old = PolicyDocument.encode(.builtIn)
            .replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")
            .replacingOccurrences(of: "\"innovation_score_above\": 70", with: "\"innovation_score_min\": 71")
        try r.writer.write { db in
            try db.execute(sql: """
                INSERT INTO policy (policy_id, version, document, recorded_at, operator)
                VALUES ('jiangxi-2023', 2, ?, '2025-01-01T00:00:00Z', 'test')
                """, arguments: [old])
        }
        #expect(try r.policy().eligibility.hnte.innovationScoreAbove == 70)
        guard case .unchanged = try r.importPolicy(json: old, context: context("2025-07-01T00:00:00Z")) else {
            Issue.record("the same policy in its old words was not unchanged")
            return
        }
        let builtInOld = PolicyDocument.encode(.builtIn)
            .replacingOccurrences(of: "\"innovation_score_above\": 70", with: "\"innovation_score_min\": 71")
        guard case .unchanged = try Registry.inMemory().importPolicy(json: builtInOld, context: context("2025-07-01T00:00:00Z"))
        else {
            Issue.record("the built-in in its old words was not unchanged")
            return
        }
    }

    @Test(arguments: EngineUnderTest.kinds)
    func aFailingPromotionIsRefusedWithTheCriteriaUnlessOverridden(_ kind: EngineUnderTest.Kind) throws {
        let r = try RegistryEligibilityTests.boundaryFirm(on: kind)
        _ = try r.setFacts(Codes.a, year: 2024, facts: AnnualFacts(techStaff: 9), context: context("2025-05-01T00:00:00Z"))
        do {
            _ = try r.certify(Codes.a, number: CertificateNumber(trusted: "GR202536000001"), issued: day("2025-06-01"),
                              context: context("2025-06-02T00:00:00Z", override: nil))
            Issue.record("a firm failing the rules was certified without an override")
        } catch let RegistryError.promotionRefused(code, tier, verdict, failed, missing) {
            #expect(code == Codes.a.text && tier == .hnte && verdict == .notEligible && missing == [])
            #expect(failed.map { $0.failure(in: .en) } == ["hnte.tech_staff_ratio 9.00% (9 / 100 人, 2024) (needs ≥ 10% of employees)"])
        }
        let outcome = try r.certify(Codes.a, number: CertificateNumber(trusted: "GR202536000001"), issued: day("2025-06-01"),
                                    context: context("2025-06-02T00:00:00Z", override: "省认定名单已公布"))
        let shown = try r.profile(of: Codes.a.text, asOf: day("2025-06-02"))
        #expect(shown.timeline.map(\.event.provenance.override) == ["省认定名单已公布"])
        #expect(outcome.event.kind == .certify)
    }

    @Test(arguments: EngineUnderTest.kinds)
    func missingFactsRefuseWithWhatToEnter(_ kind: EngineUnderTest.Kind) throws {
        let r = try FreshRegistry.on(kind)
        _ = try r.add(Codes.a, name: "甲公司", profile: EnterpriseProfileFields(founded: day("2015-12-01")),
                      context: context("2025-01-01T00:00:00Z"))
        do {
            _ = try r.admit(Codes.a, number: TsmeNumber(trusted: "2025360722A0000001"), effective: day("2025-04-01"),
                            context: context("2025-04-02T00:00:00Z", override: nil))
            Issue.record("expected a refusal")
        } catch let RegistryError.promotionRefused(_, tier, verdict, _, missing) {
            #expect(tier == .tsme)
            #expect(verdict == .insufficientData)
            #expect(missing.contains("employees (2024)"))
        }
    }
}
