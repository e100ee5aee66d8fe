import Foundation
@testable import LadderKit

/// Builds small registries through the public write API, at chosen moments, for statistics tests.
struct StatsFixture {
    let registry: Registry

    init() throws { registry = try Registry.inMemory() }

    /// A valid credit code with `serial` as its organisation body, registered in `division`.
    static func code(_ serial: Int, division: String = "360111") -> CreditCode {
        let digits = String(serial)
        let body = String(repeating: "0", count: 8 - digits.count) + digits
        var bytes = Array(("91" + division + body).utf8)
        bytes.append(CreditCode.organisationCheckCharacter(bytes[8..<16]))
        bytes.append(CreditCode.checkCharacter(bytes[0..<17]))
        return try! CreditCode(String(decoding: bytes, as: UTF8.self))
    }

    static func day(_ text: String) -> Day { Day(iso: text)! }

    /// `2024-01-05T10:00` in UTC, or a bare day: the end of that day in China.
    static func moment(_ text: String) -> Moment {
        text.count == 10 ? Moment(parsing: text, defaultOffsetSeconds: ChinaTime.offsetSeconds)!
            : Moment(parsing: text, defaultOffsetSeconds: 0)!
    }

    /// Grants are recorded as published lists are: with an override of the promotion rules,
    /// since these tests enter no annual facts.
    static func at(_ text: String) -> WriteContext {
        WriteContext(operatorName: "测试员", at: moment(text), command: "ladder test", override: "名单已公布")
    }

    /// Registers firm `serial` in `division` (and `zone`), recorded at `recorded`.
    @discardableResult
    func firm(_ serial: Int, _ name: String, division: String = "360111", zone: Zone? = nil,
              contact: String? = nil, phone: String? = nil, field: String? = nil,
              recorded: String = "2019-01-01T00:00") throws -> CreditCode {
        let code = StatsFixture.code(serial, division: division)
        _ = try registry.add(code, name: name, location: Location(division: RegionCode(division), zone: zone),
                             profile: EnterpriseProfileFields(field: field, contact: contact, phone: phone),
                             context: StatsFixture.at(recorded))
        return code
    }

    @discardableResult
    func certify(_ code: CreditCode, _ number: String, issued: String, recorded: String? = nil) throws -> Event {
        try registry.certify(code, number: CertificateNumber(number), issued: StatsFixture.day(issued),
                             context: StatsFixture.at(recorded ?? issued + "T08:00")).event
    }

    @discardableResult
    func admit(_ code: CreditCode, _ number: String, effective: String, recorded: String? = nil) throws -> Event {
        try registry.admit(code, number: TsmeNumber(number), effective: StatsFixture.day(effective),
                           context: StatsFixture.at(recorded ?? effective + "T08:00")).event
    }

    @discardableResult
    func select(_ code: CreditCode, _ category: ListCategory, year: Int, effective: String,
                recorded: String? = nil) throws -> Event {
        try registry.select(code, tier: category.tier, category: category, year: year,
                            effective: StatsFixture.day(effective),
                            context: StatsFixture.at(recorded ?? effective + "T08:00")).event
    }

    @discardableResult
    func revoke(_ code: CreditCode, _ tier: Tier, effective: String, recorded: String? = nil) throws -> Event {
        try registry.revoke(code, tier: tier, effective: StatsFixture.day(effective), ground: .missedReports,
                            reason: "连续两年未报年报", context: StatsFixture.at(recorded ?? effective + "T08:00")).event
    }

    @discardableResult
    func relocate(_ code: CreditCode, to division: String, zone: Zone? = nil, effective: String,
                  recorded: String? = nil) throws -> Event {
        try registry.relocate(code, to: Location(division: RegionCode(division), zone: zone),
                              effective: StatsFixture.day(effective),
                              context: StatsFixture.at(recorded ?? effective + "T08:00")).event
    }

    @discardableResult
    func rename(_ code: CreditCode, to name: String, effective: String) throws -> Event {
        try registry.rename(code, to: name, effective: StatsFixture.day(effective),
                            context: StatsFixture.at(effective + "T08:00")).event
    }

    @discardableResult
    func void(_ event: Event, recorded: String) throws -> Event {
        try registry.void(eventID: event.id, reason: "录入错误", context: StatsFixture.at(recorded))
    }

    /// The count for `tier` on `day` under `policy`, keyed by region code (regions with firms only).
    func counts(_ tier: Tier?, on day: String, knownAt: String? = nil, by grouping: StatsGrouping = .city,
                policy: Policy = .builtIn) throws -> [String: Int] {
        let report = try registry.statisticsRead { db in  // fills the cache first, like the public reads
            try Registry.stats(db, policy: policy, tier: tier, by: grouping, asOf: StatsFixture.day(day),
                               knownAt: knownAt.map(StatsFixture.moment))
        }
        return Dictionary(uniqueKeysWithValues: report.rows.filter { $0.count > 0 }.map { ($0.code, $0.count) })
    }

    /// The province-wide count for `tier` on `day`.
    func total(_ tier: Tier?, on day: String, knownAt: String? = nil, policy: Policy = .builtIn) throws -> Int {
        try counts(tier, on: day, knownAt: knownAt, policy: policy).values.reduce(0, +)
    }
}

extension Policy {
    /// The built-in policy with other validity knobs, for tests of each convention.
    static func with(hnte: EndConvention = .civilCode, tsme: TsmeTerm.End = .yearEnd,
                     lists: ListTerm = ListTerm(term: .years, years: 1, end: .civilCode)) -> Policy {
        Policy(id: "test", version: 1, validity: ValidityPolicy(hnte: CertificateTerm(years: 3, end: hnte),
                                                                tsme: TsmeTerm(end: tsme), growth: lists, leader: lists))
    }
}
