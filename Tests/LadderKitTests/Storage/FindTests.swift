import Testing
@testable import LadderKit

/// Four firms: A 江西众城新材料有限公司 and B 众城科技（集团）有限公司 share 众城 (B starts with it);
/// C was 南昌华瑞航空科技有限公司 and is 南昌华瑞航空工业有限公司 from 2024-06-01; D 华瑞航空股份有限公司.
enum FindFixture {
    static let unknownCode = code("913601110000123438")

    static func registry() throws -> Registry {
        let registry = try Registry.inMemory()
        _ = try registry.add(Codes.a, name: "江西众城新材料有限公司", context: context("2025-01-01T00:00:00Z"))
        _ = try registry.add(Codes.b, name: "众城科技（集团）有限公司", context: context("2025-01-01T00:00:01Z"))
        _ = try registry.add(Codes.c, name: "南昌华瑞航空科技有限公司", context: context("2025-01-01T00:00:02Z"))
        _ = try registry.rename(Codes.c, to: "南昌华瑞航空工业有限公司", effective: day("2024-06-01"),
                                context: context("2025-01-01T00:00:03Z"))
        _ = try registry.add(Codes.d, name: "华瑞航空股份有限公司", context: context("2025-01-01T00:00:04Z"))
        return registry
    }
}

@Suite struct FindTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        /// Codes and how they matched, best first.
        let found: [String]
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "full-width code", text: "９１３６０７２２ＭＡ３５Ｇ１ＹＫ７Ｒ", found: ["91360722MA35G1YK7R code"]),
        Case(label: "lower-case code", text: "91360722ma35g1yk7r", found: ["91360722MA35G1YK7R code"]),
        Case(label: "code with spaces inside", text: "9136 0722 MA35 G1YK 7R", found: ["91360722MA35G1YK7R code"]),
        Case(label: "code with a trailing 。", text: "91360722MA35G1YK7R。", found: ["91360722MA35G1YK7R code"]),
        Case(label: "code in quotes with a trailing ，", text: "“91360722MA35G1YK7R”，", found: ["91360722MA35G1YK7R code"]),
        Case(label: "valid code of no firm", text: FindFixture.unknownCode.text, found: []),
        Case(label: "exact current name", text: "江西众城新材料有限公司", found: ["91360722MA35G1YK7R name"]),
        Case(label: "exact former name", text: "南昌华瑞航空科技有限公司", found: ["914403001922038216 former-name"]),
        Case(label: "half-width brackets for full-width", text: "众城科技(集团)有限公司", found: ["9136060006346630XD name"]),
        Case(label: "full-width brackets as registered", text: "众城科技（集团）有限公司", found: ["9136060006346630XD name"]),
        Case(label: "two characters: the name starting with them first", text: "众城",
             found: ["9136060006346630XD name-contains", "91360722MA35G1YK7R name-contains"]),
        Case(label: "four characters: the name starting with them first", text: "华瑞航空",
             found: ["91440300708461136T name-contains", "914403001922038216 name-contains"]),
        Case(label: "part of a former name only", text: "航空科技", found: ["914403001922038216 former-name-contains"]),
        Case(label: "no firm's name holds it", text: "长江存储", found: []),
    ]

    /// The fixture on `kind` (on PostgreSQL: copied there, its name index filled by the copy).
    static func registry(on kind: EngineUnderTest.Kind) throws -> Registry {
        try CopiedRegistry.of(try FindFixture.registry(), on: kind)
    }

    @Test(arguments: EngineUnderTest.kinds, cases) func findsBestFirst(_ kind: EngineUnderTest.Kind, _ c: Case) throws {
        let search = try FindTests.registry(on: kind).find(c.text, asOf: day("2025-06-01"))
        #expect(search.matches.map { "\($0.code.text) \($0.kind.rawValue)" } == c.found)
        #expect(search.total == c.found.count)
        #expect(search.refusal == nil)
    }

    @Test func aMatchCarriesNamesPlaceAndPosition() throws {
        let registry = try FindFixture.registry()
        _ = try registry.certify(Codes.c, number: CertificateNumber(trusted: "GR202436000123"), issued: day("2024-12-16"),
                                 context: context("2025-01-02T00:00:00Z"))
        let match = try #require(try registry.find("华瑞航空工业", asOf: day("2025-06-01")).matches.first)
        #expect(match.name == "南昌华瑞航空工业有限公司")
        #expect(match.formerNames == ["南昌华瑞航空科技有限公司"])
        #expect(match.location.label == "440300")  // outside Jiangxi: the catalog has no name for it
        #expect(match.position == .hnte)
        // Before the rename took effect the old name is the current one.
        let before = try #require(try registry.find("华瑞航空工业", asOf: day("2024-05-31")).matches.first)
        #expect(before.name == "南昌华瑞航空科技有限公司")
        #expect(before.kind == .formerNameContains)
    }

    @Test(arguments: EngineUnderTest.kinds) func aSingleCharacterIsRefusedTwoAreLookedUp(_ kind: EngineUnderTest.Kind) throws {
        let registry = try FindTests.registry(on: kind)
        let one = try registry.find("城", asOf: day("2025-06-01"))
        #expect(one.refusal == "'城' is a single character, which too many names contain; give two or more characters of "
            + "the name, or the credit code")
        #expect(one.matches == [])
        #expect(try registry.find("城新", asOf: day("2025-06-01")).matches.map(\.code) == [Codes.a])
    }

    @Test func aMistypedCodeIsExplainedNotSearched() throws {
        #expect(throws: CreditCodeError.self) { try FindFixture.registry().find("91360722MA35G1YK7A", asOf: day("2025-06-01")) }
    }

    @Test(arguments: EngineUnderTest.kinds) func nothingFoundNamesTheNearest(_ kind: EngineUnderTest.Kind) throws {
        let search = try FindTests.registry(on: kind).find("江西众城新材料公司", asOf: day("2025-06-01"))
        #expect(search.matches == [])
        #expect(search.notes == ["no firm's code or name matches '江西众城新材料公司'; did you mean 江西众城新材料有限公司 "
            + "(91360722MA35G1YK7R)?"])
    }

    @Test(arguments: EngineUnderTest.kinds) func theLimitKeepsTheBestAndCountsTheRest(_ kind: EngineUnderTest.Kind) throws {
        let search = try FindTests.registry(on: kind).find("有限公司", asOf: day("2025-06-01"), limit: 2)
        #expect(search.matches.map(\.code) == [Codes.d, Codes.a])
        #expect(search.total == 4)
        #expect(search.notes == ["4 firms found; the best 2 are shown (give --limit 4 to see all)"])
    }

    @Test(arguments: EngineUnderTest.kinds) func aFirmRegisteredAfterKnownAtIsNotFound(_ kind: EngineUnderTest.Kind) throws {
        let registry = try FindTests.registry(on: kind)
        #expect(try registry.find("华瑞航空", asOf: day("2025-06-01"), knownAt: moment("2025-01-01T00:00:03Z"))
            .matches.map(\.code) == [Codes.c])
    }
}
