import GRDB
import Testing
@testable import LadderKit

/// Corrections of what was recorded about a firm's place and founding day: counts as of earlier
/// days change, and a read known at a moment before the correction gives the old figures exactly.
@Suite struct CorrectionTests {
    /// Firm 1 and firm 2 registered in 青山湖区 (南昌), firm 3 in 章贡区 (赣州); each holds a 高企
    /// certificate issued in 2023. Nothing else happens to them.
    static func threeFirms() throws -> (StatsFixture, CreditCode) {
        let f = try StatsFixture()
        let one = try f.firm(1, "一号公司", division: "360111")
        let two = try f.firm(2, "二号公司", division: "360111")
        let three = try f.firm(3, "三号公司", division: "360702")
        try f.certify(one, "GR202336000001", issued: "2023-03-01")
        try f.certify(three, "GR202336000003", issued: "2023-05-01")
        try f.certify(two, "GR202336000002", issued: "2023-06-01")
        return (f, one)
    }

    static func correct(_ f: StatsFixture, _ code: CreditCode, to division: String? = nil, founded: String? = nil,
                        effective: String?, recorded: String) throws -> Correction {
        try f.registry.correct(code, location: division.map { Location(division: RegionCode(trusted: $0)) },
                               founded: founded.map(StatsFixture.day), effective: effective.map(StatsFixture.day),
                               reason: "导入时地区填错", context: StatsFixture.at(recorded))
    }

    struct CountCase: CustomTestStringConvertible, Sendable {
        let name: String
        let asOf: String
        let knownAt: String?
        let counts: [String: Int]
        var testDescription: String { name }
    }

    /// Firm 1 corrected to 章贡区 as of 2024-01-01, recorded 2025-02-01 00:00 UTC.
    @Test(arguments: [
        CountCase(name: "a day before the corrected day: unchanged", asOf: "2023-12-31", knownAt: nil,
                  counts: ["360100": 2, "360700": 1]),
        CountCase(name: "the corrected day itself: moved to 赣州", asOf: "2024-01-01", knownAt: nil,
                  counts: ["360100": 1, "360700": 2]),
        CountCase(name: "known a second before the correction: the old figures", asOf: "2024-06-30",
                  knownAt: "2025-01-31T23:59:59", counts: ["360100": 2, "360700": 1]),
        CountCase(name: "known at the correction's moment: the new figures", asOf: "2024-06-30",
                  knownAt: "2025-02-01T00:00", counts: ["360100": 1, "360700": 2]),
    ])
    func pastCorrectionOfPlace(_ c: CountCase) throws {
        let (f, one) = try CorrectionTests.threeFirms()
        _ = try CorrectionTests.correct(f, one, to: "360702", effective: "2024-01-01", recorded: "2025-02-01T00:00")
        #expect(try f.counts(.hnte, on: c.asOf, knownAt: c.knownAt) == c.counts)
        #expect(try f.registry.verify() == [])
    }

    @Test func showSaysCorrectedAndPlacesTheFirmFromTheDay() throws {
        let (f, one) = try CorrectionTests.threeFirms()
        let recorded = try CorrectionTests.correct(f, one, to: "360702", effective: "2024-01-01",
                                                   recorded: "2025-02-01T00:00")
        let before = try f.registry.profile(of: one.text, asOf: day("2023-12-31"))
        let from = try f.registry.profile(of: one.text, asOf: day("2024-01-01"))
        let knownBefore = try f.registry.profile(of: one.text, asOf: day("2024-01-01"), knownAt: moment("2025-01-31T00:00:00Z"))
        #expect([before, from, knownBefore].map(\.location.division.code) == ["360111", "360702", "360111"])
        #expect(from.corrections == [recorded])
        #expect(knownBefore.corrections == [])
        #expect(recorded.summary == "place → 360702 章贡区 from 2024-01-01")
        // A correction is not an event: the timeline holds the certificate only.
        #expect(from.timeline.map(\.event.kind) == [.certify])
        #expect(ProfileText.render(from).contains("""
            corrections (of what was recorded, not moves)
            c1      2024-01-01  corrected  place → 360702 章贡区 from 2024-01-01 · 导入时地区填错
            """))
    }

    @Test func fromTheStartCorrectsThePlaceAsRegisteredButNotALaterMove() throws {
        let (f, one) = try CorrectionTests.threeFirms()
        try f.relocate(one, to: "360402", effective: "2024-07-01", recorded: "2024-07-02T08:00")
        _ = try CorrectionTests.correct(f, one, to: "360702", effective: nil, recorded: "2025-02-01T00:00")
        #expect(try f.counts(.hnte, on: "2023-12-31") == ["360100": 1, "360700": 2])
        #expect(try f.counts(.hnte, on: "2023-12-31", knownAt: "2025-01-31T23:59:59") == ["360100": 2, "360700": 1])
        // The move to 濂溪区 (九江) on 2024-07-01 happened: it still places the firm from then.
        #expect(try f.counts(.hnte, on: "2024-12-31") == ["360100": 1, "360400": 1, "360700": 1])
        // Cohort by city: a certificate's place at issue follows the corrected place.
        let cohort = try f.registry.cohort(tier: .hnte, byCity: true, asOf: day("2024-12-31"))
        let issued = cohort.rows.filter { $0.issued > 0 }.map { "\($0.year) \($0.region!.code) \($0.issued)" }
        #expect(issued == ["2023 360100 1", "2023 360700 2"])
        let before = try f.registry.cohort(tier: .hnte, byCity: true, asOf: day("2024-12-31"),
                                           knownAt: moment("2025-01-31T00:00:00Z"))
        #expect(before.rows.filter { $0.issued > 0 }.map { "\($0.year) \($0.region!.code) \($0.issued)" }
            == ["2023 360100 2", "2023 360700 1"])
        #expect(try f.registry.verify() == [])
    }

    @Test func theHandWrittenSQLCountsTheCorrectedPlace() throws {
        let (f, one) = try CorrectionTests.threeFirms()
        _ = try CorrectionTests.correct(f, one, to: "360702", effective: nil, recorded: "2025-02-01T00:00")
        let sql = try f.registry.statsSQL(tier: .hnte, by: .city, asOf: day("2023-12-31"))
        let rows = try f.registry.read { db in
            try Row.fetchAll(db, sql: sql).map { "\($0["code"] as String) \($0["count"] as Int)" }
        }
        #expect(rows == ["360100 1", "360700 2"])
    }

    /// C, registered by a roster in 东湖区 (its code's division), corrected from the start to 章贡区:
    /// the same roster imported again, or a later one still giving 东湖区, does not move it back.
    @Test func aRosterImportedAgainDoesNotUndoTheCorrection() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let roster = try scratch.copy("clean-roster.csv")
        try importFile(roster, into: registry)
        _ = try registry.correct(code(ImportCodes.c), location: Location(division: RegionCode(trusted: "360702")),
                                 effective: nil, reason: "导入时地区填错", context: context("2025-03-02T00:00:00Z"))
        let again = try importFile(roster, into: registry, at: "2025-03-03T00:00:00Z")
        #expect([again.newEvents, again.unchanged] == [0, 2])
        let placed = try scratch.write("placed.csv", """
            统一社会信用代码,企业名称,行政区划代码
            \(ImportCodes.c),南昌瑞恒电子科技有限公司,360102
            """)
        let later = try importFile(placed, into: registry, at: "2025-03-04T00:00:00Z")
        #expect(later.newEvents == 0)
        #expect(later.issues.map(\.message) == ["360102 东湖区 is where the firm was before a later relocation or correction "
            + "to 360702 章贡区; no relocation was recorded (use `ladder relocate` if it moved back)"])
        #expect(try registry.profile(of: ImportCodes.c, asOf: day("2025-03-01")).location.division.code == "360702")
        #expect(try registry.verify() == [])
    }

    struct FoundedCase: CustomTestStringConvertible, Sendable {
        let name: String
        let knownAt: String?
        let verdict: CriterionVerdict
        let value: String
        var testDescription: String { name }
    }

    /// Founded 2024-01-01 as registered; corrected from the start to 2023-01-01 at 2025-01-10.
    @Test(arguments: [
        FoundedCase(name: "after the correction: 729 days pass", knownAt: nil, verdict: .pass,
                    value: "729 days (founded 2023-01-01, evaluated 2024-12-30)"),
        FoundedCase(name: "known before it: 364 days still fail", knownAt: "2025-01-09T00:00:00Z", verdict: .fail,
                    value: "364 days (founded 2024-01-01, evaluated 2024-12-30)"),
    ])
    func fromTheStartCorrectionOfTheFoundingDay(_ c: FoundedCase) throws {
        let f = try StatsFixture()
        let code = StatsFixture.code(7)
        _ = try f.registry.add(code, name: "七号公司", profile: EnterpriseProfileFields(founded: day("2024-01-01")),
                               context: StatsFixture.at("2024-02-01T00:00"))
        let correction = try CorrectionTests.correct(f, code, founded: "2023-01-01", effective: nil,
                                                     recorded: "2025-01-10T00:00")
        #expect(correction.summary == "founded 2023-01-01")
        let result = try f.registry.check(code.text, tier: .hnte, asOf: day("2024-12-30"), knownAt: c.knownAt.map(moment))
        let registered = try #require(result.criteria.first { $0.id == "hnte.registered_days" })
        #expect(registered.verdict == c.verdict)
        #expect(registered.value == c.value)
        #expect(try f.registry.verify() == [])
    }

    struct RefusalCase: CustomTestStringConvertible, Sendable {
        let name: String
        let division: String?
        let founded: String?
        let effective: String?
        let reason: String
        let error: RegistryError?
        var testDescription: String { name }
    }

    /// Firm 1 (青山湖区, founded 2015-12-01) corrected at 2025-02-01 08:00 China time.
    @Test(arguments: [
        RefusalCase(name: "founding day from the start: allowed", division: nil, founded: "2016-01-01", effective: nil,
                    reason: "营业执照", error: nil),
        RefusalCase(name: "founding day from a day: refused", division: nil, founded: "2016-01-01",
                    effective: "2024-01-01", reason: "营业执照",
                    error: .foundedFromStart(code: StatsFixture.code(1).text, effective: day("2024-01-01"))),
        RefusalCase(name: "place from today: allowed", division: "360702", founded: nil, effective: "2025-02-01",
                    reason: "地区填错", error: nil),
        RefusalCase(name: "place from tomorrow: refused, that is a move", division: "360702", founded: nil,
                    effective: "2025-02-02", reason: "地区填错",
                    error: .correctionInFuture(effective: day("2025-02-02"), today: day("2025-02-01"))),
        RefusalCase(name: "the place it already has: already recorded", division: "360111", founded: nil,
                    effective: nil, reason: "地区填错",
                    error: .alreadyCorrected(code: StatsFixture.code(1).text, detail: "in 360111 青山湖区 from the start")),
        RefusalCase(name: "the founding day it already has: already recorded", division: nil, founded: "2015-12-01",
                    effective: nil, reason: "营业执照",
                    error: .alreadyCorrected(code: StatsFixture.code(1).text, detail: "founded 2015-12-01")),
        RefusalCase(name: "nothing to correct", division: nil, founded: nil, effective: nil, reason: "x",
                    error: .nothingToCorrect(code: StatsFixture.code(1).text)),
        RefusalCase(name: "no reason", division: "360702", founded: nil, effective: nil, reason: "  ",
                    error: .emptyReason),
    ], EngineUnderTest.kinds)
    func refusals(_ c: RefusalCase, on kind: EngineUnderTest.Kind) throws {
        let registry = try FreshRegistry.on(kind)
        let code = StatsFixture.code(1)
        _ = try registry.add(code, name: "一号公司", profile: EnterpriseProfileFields(founded: day("2015-12-01")),
                               context: StatsFixture.at("2024-02-01T00:00"))
        let write = {
            try registry.correct(code, location: c.division.map { Location(division: RegionCode(trusted: $0)) },
                                   founded: c.founded.map(day), effective: c.effective.map(day), reason: c.reason,
                                   context: StatsFixture.at("2025-02-01T00:00"))
        }
        let corrections = {
            try registry.reading { c in try c.value("SELECT count(*) FROM correction").flatMap { StoredRow([$0]).int(0) } }
        }
        if let error = c.error {
            #expect(throws: error) { try write() }
            #expect(try corrections() == 0)
        } else {
            _ = try write()
            #expect(try corrections() == 1)
        }
    }

    @Test func alreadyRecordedIsNotAFailure() {
        #expect(RegistryError.alreadyCorrected(code: "x", detail: "y").isAlreadyRecorded)
        #expect(!RegistryError.correctionInFuture(effective: day("2025-02-02"), today: day("2025-02-01")).isAlreadyRecorded)
    }
}
