import Testing
@testable import LadderKit

/// `logPage`: one page of the log, newest first, read table by table newest first and only as far
/// as the page needs. It must give exactly the slice of `log()` (read whole, oldest first) that the
/// page shows, with the same filters, including records of different tables at one moment. On
/// PostgreSQL (a copy of the registry) the same log and the same pages as on SQLite.
@Suite struct LogPageTests {
    static let ganzhou = Location(division: RegionCode(trusted: "360702"))
    static let nanchang = Location(division: RegionCode(trusted: "360102"))

    /// A (章贡区) and D (东湖区, 南昌) registered at one moment, certified at the next:
    /// the log oldest first is A's registration, D's, A's certificate (#1), D's (#2).
    static func small() throws -> Registry {
        let registry = try Registry.inMemory()
        _ = try registry.add(Codes.a, name: "甲", location: ganzhou, context: context("2025-01-01T00:00:00Z"))
        _ = try registry.add(Codes.d, name: "丁", location: nanchang, context: context("2025-01-01T00:00:00Z"))
        _ = try registry.certify(Codes.a, number: try CertificateNumber("GR202436000001"), issued: day("2024-11-22"),
                                 context: context("2025-01-02T00:00:00Z"))
        _ = try registry.certify(Codes.d, number: try CertificateNumber("GR202436000002"), issued: day("2024-11-22"),
                                 context: context("2025-01-02T00:00:00Z"))
        return registry
    }

    struct SmallCase: CustomTestStringConvertible, Sendable {
        let region: String?, offset: Int, limit: Int
        let shown: [String], more: Bool
        var testDescription: String { "\(region ?? "province") \(offset)+\(limit)" }
    }

    @Test(arguments: EngineUnderTest.kinds, [
        SmallCase(region: nil, offset: 0, limit: 3, shown: ["event \(Codes.d.text)", "event \(Codes.a.text)", "enterprise \(Codes.d.text)"],
                  more: true),
        SmallCase(region: nil, offset: 3, limit: 3, shown: ["enterprise \(Codes.a.text)"], more: false),
        SmallCase(region: nil, offset: 0, limit: 4, shown: ["event \(Codes.d.text)", "event \(Codes.a.text)",
                                                           "enterprise \(Codes.d.text)", "enterprise \(Codes.a.text)"], more: false),
        SmallCase(region: nil, offset: 4, limit: 3, shown: [], more: false),
        SmallCase(region: "360700", offset: 0, limit: 1, shown: ["event \(Codes.a.text)"], more: true),
        SmallCase(region: "360700", offset: 1, limit: 1, shown: ["enterprise \(Codes.a.text)"], more: false),
    ])
    func aPageIsItsSliceNewestFirst(_ kind: EngineUnderTest.Kind, _ c: SmallCase) throws {
        let registry = try CopiedRegistry.of(try LogPageTests.small(), on: kind)
        let page = try registry.logPage(region: try c.region.map { try Region(parsing: $0) }, offset: c.offset, limit: c.limit)
        #expect(page.entries.map { "\($0.record.rawValue) \($0.creditCode ?? "")" } == c.shown)
        #expect(page.more == c.more)
    }

    struct SliceCase: CustomTestStringConvertible, Sendable {
        let region: String?, operatorName: String?, limit: Int
        /// The records the whole log has with these filters, counted by hand.
        let count: Int
        var testDescription: String { "\(region ?? "province") \(operatorName ?? "anyone") by \(limit)" }
    }

    /// 150 firms, every other one in 南昌, registered in threes at one moment and certified in
    /// fives at another (by two operators), so that records of two tables share moments and a
    /// page spans several of the reader's chunks (64 records a table at least). 300 records: 150
    /// registrations, 150 certificates; 赣州's are the odd firms' 150; "certifier" certified every
    /// third firm (50); "tester" recorded 南昌's 75 registrations and its certificates not divisible by
    /// 3 (75 even firms less the 25 divisible by 6: 50).
    @Test(arguments: EngineUnderTest.kinds, [
        SliceCase(region: nil, operatorName: nil, limit: 50, count: 300), SliceCase(region: nil, operatorName: nil, limit: 7, count: 300),
        SliceCase(region: "360700", operatorName: nil, limit: 50, count: 150),
        SliceCase(region: "360700", operatorName: nil, limit: 200, count: 150),
        SliceCase(region: nil, operatorName: "certifier", limit: 30, count: 50),
        SliceCase(region: "360100", operatorName: "tester", limit: 64, count: 125),
    ])
    func everyPageIsTheWholeLogsSlice(_ kind: EngineUnderTest.Kind, _ c: SliceCase) throws {
        let written = try Registry.inMemory()
        for serial in 1...150 {
            let code = LogPageTests.code(serial)
            let registered = "2025-01-0\(1 + serial / 30)T0\(serial % 30 / 3 % 10):00:00Z"
            _ = try written.add(code, name: "企业\(serial)", location: serial % 2 == 0 ? LogPageTests.nanchang : LogPageTests.ganzhou,
                                 context: context(registered))
            _ = try written.certify(code, number: try CertificateNumber("GR20243600\(String(format: "%04d", serial))"),
                                     issued: day("2024-11-22"),
                                     context: context("2025-02-0\(1 + serial / 50)T12:0\(serial % 10 / 5):00Z",
                                                      operator: serial % 3 == 0 ? "certifier" : "tester"))
        }
        let registry = try CopiedRegistry.of(written, on: kind)
        let region = try c.region.map { try Region(parsing: $0) }
        let whole = Array(try registry.log(operatorName: c.operatorName, region: region).reversed())
        #expect(whole.count == c.count)
        #expect(whole == Array(try written.log(operatorName: c.operatorName, region: region).reversed()))
        var offset = 0
        while offset <= whole.count {
            let page = try registry.logPage(operatorName: c.operatorName, region: region, offset: offset, limit: c.limit)
            #expect(page.entries == Array(whole.dropFirst(offset).prefix(c.limit)), "offset \(offset)")
            #expect(page.more == (offset + c.limit < whole.count), "offset \(offset)")
            offset += c.limit
        }
    }

    /// A valid 统一社会信用代码 of 章贡区 with organisation serial `serial`.
    static func code(_ serial: Int) -> CreditCode {
        let body = Array(String(format: "%08d", serial).utf8)
        let first17 = Array("91360702".utf8) + body + [CreditCode.organisationCheckCharacter(body)]
        return try! CreditCode(String(decoding: first17 + [CreditCode.checkCharacter(first17[...])], as: UTF8.self))
    }
}
