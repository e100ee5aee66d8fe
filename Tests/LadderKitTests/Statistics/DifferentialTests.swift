import GRDB
import Testing
@testable import LadderKit

/// Random histories (seeded, so every run is the same): the SQL-backed counts must equal counts
/// derived firm by firm with `History`, the reference semantics, on many days and moments.
@Suite struct DifferentialTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let seed: UInt64
        let policy: Policy
        var engine: EngineUnderTest.Kind = .sqlite
        var testDescription: String {
            let v = policy.validity
            return "\(engine.rawValue), seed \(seed): hnte \(v.hnte.end.rawValue), tsme \(v.tsme.end.rawValue), lists \(v.growth.term.rawValue)"
        }
    }

    static let policies: [Policy] = [
        .builtIn,
        .with(hnte: .minusOneDay, tsme: .march31NextYear, lists: ListTerm(term: .untilNextList, years: 1, end: .civilCode)),
        .with(hnte: .civilCode, tsme: .yearEnd, lists: ListTerm(term: .years, years: 2, end: .minusOneDay)),
    ]

    static let cases: [Case] = EngineUnderTest.kinds.flatMap { engine in
        (1...8).map { Case(seed: UInt64($0), policy: policies[$0 % policies.count], engine: engine) }
    }

    @Test(arguments: cases)
    func countsEqualHistory(_ c: Case) throws {
        var random = SplitMix64(seed: c.seed)
        let f = try StatsFixture()
        try RandomHistory.write(into: f, firms: 30, random: &random)
        let (mark, newest) = try f.registry.read { db in
            (try Registry.grantPlaceMark(db), try Int64.fetchOne(db, sql: "SELECT max(id) FROM event") ?? 0)
        }
        #expect(mark > 0 && newest > mark, "the cache holds some grants and lags behind the others")
        let engine = try EngineUnderTest(f.registry, on: c.engine)
        let days = (0..<16).map { _ in RandomHistory.day(in: 2018...2027, random: &random) }
            + ["2021-12-31", "2024-02-29", "2025-03-31", "2025-04-01"].map(StatsFixture.day)
        let moments: [Moment?] = [nil] + (0..<4).map { _ in RandomHistory.moment(random: &random) }
        for knownAt in moments {
            let expected = try f.registry.read { db in try Reference(db, policy: c.policy, knownAt: knownAt) }
            for day in days {
                for tier in [Tier?.none] + Tier.allCases.map(Optional.some) {
                    let report = try engine.read { reads in
                        try Registry.stats(reads, policy: c.policy, tier: tier, by: .city, asOf: day, knownAt: knownAt)
                    }
                    let got = Dictionary(uniqueKeysWithValues: report.rows.filter { $0.count > 0 }.map { ($0.code, $0.count) })
                    #expect(got == expected.byCity(tier, on: day), "\(tier?.rawValue ?? "any") on \(day.iso) known at \(knownAt?.iso ?? "all")")
                    // The SQL `stats --print-sql` prints counts the same, in the sqlite3 CLI or here.
                    guard let tier, c.engine == .sqlite else { continue }
                    let printed = try f.registry.read { db in
                        let sql = try Registry.statsSQL(db, policy: c.policy, tier: tier, by: .city, asOf: day,
                                                        knownAt: knownAt)
                        return try Row.fetchAll(db, sql: sql).map { ($0["code"] as String, $0["count"] as Int) }
                    }
                    #expect(Dictionary(uniqueKeysWithValues: printed) == got, "printed SQL, \(tier.rawValue) on \(day.iso)")
                }
                let positions = try engine.read { reads in
                    try Registry.stats(reads, policy: c.policy, tier: nil, by: .position, asOf: day, knownAt: knownAt)
                }
                let got = Dictionary(uniqueKeysWithValues: positions.rows.filter { $0.count > 0 }.map { ($0.code, $0.count) })
                #expect(got == expected.positions(on: day), "positions on \(day.iso)")
            }
            for tier in Tier.allCases {
                let periods = SeriesStep.month.periods(from: YearMonth(year: 2019, month: 1)!, to: YearMonth(year: 2027, month: 6)!)
                let series = try engine.read { reads in
                    try Registry.series(reads, policy: c.policy, tier: tier, periods: periods, step: .month, byCity: true,
                                        knownAt: knownAt)
                }
                for point in series.points {
                    let got = point.counts.filter { $0.value > 0 }
                    #expect(got == expected.byCity(tier, on: point.end), "series \(tier.rawValue) at \(point.label)")
                }
            }
        }
    }
}

/// Counts derived firm by firm from `History`: the reference the statistics are held to.
struct Reference {
    let firms: [(registered: Location, history: History)]

    init(_ db: Database, policy: Policy, knownAt: Moment?) throws {
        let enterprises = try Row.fetchAll(db, sql: "SELECT \(Enterprise.columns) FROM enterprise").map(Enterprise.init(row:))
        firms = try enterprises.map { e in
            (e.registeredLocation, try Registry.history(GRDBConnection(db), enterprise: e, knownAt: knownAt, policy: policy))
        }
    }

    func byCity(_ tier: Tier?, on day: Day) -> [String: Int] {
        var counts: [String: Int] = [:]
        for firm in firms {
            let tiers = Set(firm.history.qualifications(validOn: day).map(\.tier))
            guard tier.map(tiers.contains) ?? !tiers.isEmpty else { continue }
            counts[firm.history.location(on: day, registered: firm.registered).reportingRegion.code, default: 0] += 1
        }
        return counts
    }

    func positions(on day: Day) -> [String: Int] {
        var counts: [String: Int] = [:]
        for firm in firms {
            if let position = firm.history.position(on: day) { counts[position.rawValue, default: 0] += 1 }
        }
        return counts
    }
}

/// Writes random histories through the public API; writes the registry refuses are skipped.
enum RandomHistory {
    static let places: [(String, Zone?)] = [
        ("360111", nil), ("360112", nil), ("360105", nil), ("360702", nil), ("360404", nil), ("361102", nil),
        ("360000", nil), ("440300", nil), ("360112", .ganjiang), ("360425", .ganjiang),
    ]

    static func day(in years: ClosedRange<Int>, random: inout SplitMix64) -> Day {
        let first = Day(year: years.lowerBound, month: 1, day: 1)!, last = Day(year: years.upperBound, month: 12, day: 31)!
        return first.adding(days: Int.random(in: 0...first.days(until: last), using: &random))
    }

    static func moment(random: inout SplitMix64) -> Moment {
        let day = day(in: 2019...2027, random: &random)
        return Moment(startOf: day, offsetSeconds: 0).adding(microseconds: Int64.random(in: 0..<86_400_000_000, using: &random))
    }

    /// A moment near `day`: usually some days after, sometimes before (recorded in advance).
    static func recorded(_ day: Day, random: inout SplitMix64) -> WriteContext {
        let shifted = day.adding(days: Int.random(in: -30...400, using: &random))
        let at = Moment(startOf: shifted, offsetSeconds: 0).adding(microseconds: Int64.random(in: 0..<86_400_000_000, using: &random))
        return WriteContext(operatorName: "随机", at: at, command: "ladder test", override: "名单已公布")
    }

    static func write(into f: StatsFixture, firms: Int, random: inout SplitMix64) throws {
        let r = f.registry
        var serial = 0
        var written: [Event] = []
        func next() -> Int { serial += 1; return serial }
        var halfway: Int64 = 0
        for n in 1...firms {
            if n == firms / 2 { halfway = try r.read { try Int64.fetchOne($0, sql: "SELECT max(id) FROM event") ?? 0 } }
            let (division, zone) = places.randomElement(using: &random)!
            let code = StatsFixture.code(n, division: division)
            _ = try r.add(code, name: "随机企业\(n)", location: Location(division: RegionCode(division), zone: zone),
                          context: StatsFixture.at("2018-01-01T00:00"))
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let issued = day(in: 2018...2026, random: &random)
                let number = CertificateNumber(trusted: "GR\(issued.year)36" + pad(next(), 6))
                if let e = try? r.certify(code, number: number, issued: issued, context: recorded(issued, random: &random)) {
                    written.append(e.event)
                }
            }
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let year = Int.random(in: 2018...2026, using: &random)
                // Mostly within the number's year; sometimes a year or more earlier (no rule forbids it).
                let effective = Int.random(in: 0..<5, using: &random) == 0
                    ? day(in: (year - 3)...(year - 1), random: &random) : day(in: year...year, random: &random)
                let number = TsmeNumber(trusted: "\(year)360111A" + pad(next(), 7))
                if let e = try? r.admit(code, number: number, effective: effective, context: recorded(effective, random: &random)) {
                    written.append(e.event)
                }
            }
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let category = ListCategory.allCases.randomElement(using: &random)!
                let year = Int.random(in: 2020...2026, using: &random)
                let effective = Day(year: year, month: Int.random(in: 5...9, using: &random), day: Int.random(in: 1...28, using: &random))!
                if let e = try? r.select(code, tier: category.tier, category: category, year: year, effective: effective,
                                         context: recorded(effective, random: &random)) {
                    written.append(e.event)
                }
            }
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let (division, zone) = places.randomElement(using: &random)!
                let effective = day(in: 2019...2026, random: &random)
                if let e = try? r.relocate(code, to: Location(division: RegionCode(division), zone: zone), effective: effective,
                                           context: recorded(effective, random: &random)) {
                    written.append(e.event)
                }
            }
            if Bool.random(using: &random) {
                let effective = day(in: 2019...2026, random: &random)
                if let e = try? r.rename(code, to: "随机企业\(n)新名", effective: effective, context: recorded(effective, random: &random)) {
                    written.append(e.event)
                }
            }
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let tier = Tier.allCases.randomElement(using: &random)!
                let effective = day(in: 2019...2027, random: &random)
                if let e = try? r.revoke(code, tier: tier, effective: effective, ground: .other, reason: "随机",
                                         context: recorded(effective, random: &random)) {
                    written.append(e.event)
                }
            }
        }
        for event in written where Int.random(in: 0..<6, using: &random) == 0 {
            _ = try? r.void(eventID: event.id, reason: "随机更正", context: recorded(event.effective, random: &random))
        }
        // Writes keep the cache current; set half of it back so reads combine the cache with the
        // events past its mark, as on a registry written by an older ladder.
        try r.writer.write { db in
            try db.execute(sql: "DELETE FROM grant_place WHERE event_id > ?", arguments: [halfway])
            try db.execute(sql: "UPDATE grant_place_mark SET through_event = ?", arguments: [halfway])
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
