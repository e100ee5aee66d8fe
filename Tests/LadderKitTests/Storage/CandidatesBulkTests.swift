import Testing
@testable import LadderKit

/// `candidates` reads the registry in one ordered pass; `candidatesFirmByFirm` reads it with a few
/// queries per firm, as it first did. On generated registries of several hundred firms — random
/// histories (RandomHistory), facts spread on every threshold and one unit either side, several
/// versions recorded at different moments, a voided batch of facts, founding-day and place
/// corrections, firms set aside — both must give the same list and the same counts, for every
/// tier, on several days, moments of knowledge and regions.
@Suite struct CandidatesBulkTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let seed: UInt64
        let firms: Int
        var testDescription: String { "seed \(seed), \(firms) firms" }
    }

    /// On PostgreSQL (a copy of the registry written), both readings go through the seam, and the
    /// bulk one must also give what it gives on SQLite.
    @Test(arguments: EngineUnderTest.kinds, [Case(seed: 11, firms: 300), Case(seed: 12, firms: 300)])
    func bulkReadingEqualsFirmByFirm(on kind: EngineUnderTest.Kind, _ c: Case) throws {
        var random = SplitMix64(seed: c.seed)
        let f = try StatsFixture()
        try RandomHistory.write(into: f, firms: c.firms, random: &random)
        try RandomFacts.write(into: f.registry, random: &random)
        let engine = try EngineUnderTest(f.registry, on: kind)
        defer { withExtendedLifetime(engine) {} }
        let r = engine.statistics
        let days = ["2024-06-01", "2025-06-30", "2026-03-01"].map(day)
        let moments: [Moment?] = [nil, moment("2025-01-01T00:00:00Z"), moment("2026-02-01T00:00:00Z")]
        let regions: [Region?] = [nil, .zone(.ganjiang)]
        var seen = Summary.Totals()
        for tier in Tier.allCases {
            for asOf in days {
                for knownAt in moments {
                    for region in regions {
                        let bulk = try r.candidates(tier: tier, region: region, asOf: asOf, knownAt: knownAt)
                        let label = "\(tier.rawValue) on \(asOf.iso) known at \(knownAt?.iso ?? "all") in \(region.map { "\($0)" } ?? "all")"
                        // On PostgreSQL the firm-by-firm reading costs a few round trips per firm: it is
                        // checked on one day and moment there, and every case against the file's answer.
                        if kind == .sqlite || (asOf == days[1] && knownAt == nil) {
                            let reference = try r.candidatesFirmByFirm(tier: tier, region: region, asOf: asOf, knownAt: knownAt)
                            #expect(Summary(bulk) == Summary(reference), "\(label)")
                        }
                        if kind == .postgres {
                            let onFile = try f.registry.candidates(tier: tier, region: region, asOf: asOf, knownAt: knownAt)
                            #expect(Summary(bulk) == Summary(onFile), "\(label)")
                        }
                        seen.add(Summary(bulk))
                    }
                }
            }
        }
        // An explicit fiscal year and a growth category take the same path through both readings.
        for (tier, category, year) in [(Tier.hnte, ListCategory?.none, 2023), (.growth, .gazelle, 2024), (.tsme, nil, 2022)] {
            let bulk = try r.candidates(tier: tier, category: category, year: year, asOf: day("2025-06-30"))
            let reference = try r.candidatesFirmByFirm(tier: tier, category: category, year: year, asOf: day("2025-06-30"))
            #expect(Summary(bulk) == Summary(reference), "\(tier.rawValue) \(category?.rawValue ?? "") \(year)")
        }
        // The registry exercises every outcome, or the comparison above proves little.
        #expect(seen.notHeld > 0 && seen.endsThisYear > 0 && seen.notEligible > 0 && seen.insufficient > 0)
    }

    /// What a search found, in a form that compares: every candidate's fields and every count.
    struct Summary: Equatable, CustomStringConvertible {
        let candidates: [String]
        let checked: Int, notEligible: Int, insufficient: Int
        let missing: [String: Int]

        init(_ s: CandidateSearch) {
            candidates = s.candidates.map {
                "\($0.creditCode.text) \($0.name) \($0.region.code) \($0.reason.rawValue) \($0.ends?.iso ?? "-") \($0.score?.description ?? "-")"
            }
            (checked, notEligible, insufficient, missing) = (s.checked, s.notEligible, s.insufficientData, s.missing)
        }

        var description: String {
            "\(candidates.count) candidates, \(checked) checked, \(notEligible) not eligible, \(insufficient) insufficient"
        }

        struct Totals {
            var notHeld = 0, endsThisYear = 0, notEligible = 0, insufficient = 0
            mutating func add(_ s: Summary) {
                notHeld += s.candidates.filter { $0.contains(" not-held ") }.count
                endsThisYear += s.candidates.filter { $0.contains(" ends-this-year ") }.count
                notEligible += s.notEligible
                insufficient += s.insufficient
            }
        }
    }
}

/// Facts for the firms RandomHistory wrote, through the public API: values on each threshold and
/// one unit either side, a figure left out now and then, second versions, corrections.
enum RandomFacts {
    static func write(into r: Registry, random: inout SplitMix64) throws {
        let codes = try r.read { db in try String.fetchAll(db, sql: "SELECT credit_code FROM enterprise ORDER BY id") }
            .map { CreditCode(trusted: $0) }
        for (n, code) in codes.enumerated() {
            // About one firm in ten has no facts at all, so it is never checked.
            guard Int.random(in: 0..<10, using: &random) > 0 else { continue }
            if Int.random(in: 0..<10, using: &random) < 8 {
                let founded = RandomHistory.day(in: 2015...2025, random: &random)
                _ = try? r.correct(code, founded: founded, effective: nil, reason: "营业执照",
                                   context: at(RandomHistory.moment(random: &random)))
            }
            if Int.random(in: 0..<12, using: &random) == 0 {
                let (division, zone) = RandomHistory.places.randomElement(using: &random)!
                let effective = RandomHistory.day(in: 2019...2025, random: &random)
                _ = try? r.correct(code, location: Location(division: RegionCode(division), zone: zone), effective: effective,
                                   reason: "地址有误", context: at(moment("2026-01-10T00:00:00Z")))
            }
            for year in 2021...2025 where Int.random(in: 0..<8, using: &random) > 0 {
                let when = recorded(year: year, random: &random)
                _ = try? r.setFacts(code, year: year, facts: facts(random: &random), context: at(when))
                if Int.random(in: 0..<5, using: &random) == 0 {
                    _ = try? r.setFacts(code, year: year, facts: facts(random: &random),
                                        context: at(when.adding(microseconds: 86_400_000_000 * 200)))
                }
            }
            if n % 97 == 5 {
                _ = try? r.voidRegistration(code, reason: "重复登记", context: at(moment("2025-08-01T00:00:00Z")))
            }
        }
        try voidedBatch(r, codes: Array(codes.prefix(20)))
    }

    /// Facts for twenty firms imported in one batch, then the batch voided: seen only before the void.
    static func voidedBatch(_ r: Registry, codes: [CreditCode]) throws {
        let scratch = try ImportScratch()
        let names = try r.read { db in try String.fetchAll(db, sql: "SELECT name FROM enterprise ORDER BY id LIMIT 20") }
        var csv = "统一社会信用代码,企业名称,年度,职工总数,科技人员数\n"
        for (code, name) in zip(codes, names) { csv += "\(code.text),\(name),2024,200,20\n" }
        let report = try importFile(try scratch.write("facts.csv", csv), into: r, at: "2025-03-01T02:00:00Z")
        try #require(report.batchID != nil)
        _ = try r.voidBatch(report.batchID!, reason: "导错了文件", context: at(moment("2025-09-01T00:00:00Z")))
    }

    static func at(_ moment: Moment) -> WriteContext {
        WriteContext(operatorName: "随机", at: moment, command: "ladder test")
    }

    /// Mostly in the year after the fiscal year, the year's figures being known then.
    static func recorded(year: Int, random: inout SplitMix64) -> Moment {
        let day = RandomHistory.day(in: (year + 1)...(year + 1), random: &random)
        return Moment(startOf: day, offsetSeconds: 0).adding(microseconds: Int64.random(in: 0..<86_400_000_000, using: &random))
    }

    /// A value, or nil about one time in twelve.
    static func maybe<T>(_ value: T, _ random: inout SplitMix64) -> T? {
        Int.random(in: 0..<12, using: &random) == 0 ? nil : value
    }

    static func pick<T>(_ values: [T], _ random: inout SplitMix64) -> T { values.randomElement(using: &random)! }

    static func facts(random r: inout SplitMix64) -> AnnualFacts {
        let employees: Int64 = pick([0, 10, 100, 500, 501], &r)
        let revenue: Int64 = pick([0, 30_000_000, 50_000_000, 50_000_001, 200_000_000, 200_000_001], &r)
        // R&D at 3%, 4%, 5% and 6% of sales, or one yuan short of 5%.
        let rd: Int64 = pick([revenue * 3 / 100, revenue * 4 / 100, revenue * 5 / 100, revenue * 5 / 100 - 1, revenue * 6 / 100], &r)
        return AnnualFacts(
            employees: maybe(employees, &r),
            techStaff: maybe(pick([employees / 10, max(0, employees / 10 - 1), employees * 3 / 10], &r), &r),
            revenue: maybe(revenue, &r),
            totalAssets: maybe(pick([199_999_999, 200_000_000, 200_000_001], &r), &r),
            totalCost: maybe(revenue * 9 / 10, &r),
            rdExpense: maybe(max(0, rd), &r),
            rdExpenseInChina: maybe(pick([max(0, rd) * 6 / 10, max(0, max(0, rd) * 6 / 10 - 1), max(0, rd)], &r), &r),
            highTechIncome: maybe(pick([revenue * 6 / 10, max(0, revenue * 6 / 10 - 1)], &r), &r),
            netAssets: maybe(pick([-1, 0, 10_000_000], &r), &r),
            ip1: maybe(pick([0, 1], &r), &r),
            ip2: maybe(pick([0, 1, 3, 4], &r), &r),
            innovationScore: maybe(pick([Points(70), Points(hundredths: 7001), Points(hundredths: 7050), Points(60)], &r), &r),
            ownsCoreIP: maybe(pick([true, true, false], &r), &r),
            field: pick([nil, nil, "新材料", "金融服务"], &r),
            majorAccident: maybe(pick([false, false, false, true], &r), &r),
            abnormalOperationList: maybe(pick([false, false, true], &r), &r),
            seriousDishonestyList: maybe(pick([false, false, false, true], &r), &r),
            nationalAwardInLast5Years: pick([nil, false, true], &r),
            valuationUSD: pick([nil, 99_999_999, 100_000_000, 1_000_000_000], &r),
            listed: pick([nil, false, true], &r),
            registeredTaxedCountedInJiangxi: maybe(pick([true, true, false], &r), &r),
            violationOrBadCreditIn3Years: maybe(pick([false, false, true], &r), &r))
    }
}
