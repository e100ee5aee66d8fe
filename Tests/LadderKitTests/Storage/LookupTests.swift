import Testing
@testable import LadderKit

/// Every command that names one firm resolves it the same way: a code in any pasted form or an
/// exact current or former name is that firm; anything else is refused, naming the nearest.
@Suite struct LookupTests {
    struct Allow: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        let code: String
        var testDescription: String { label }
    }

    static let allowed: [Allow] = [
        Allow(label: "full-width code", text: "９１３６０７２２ＭＡ３５Ｇ１ＹＫ７Ｒ", code: "91360722MA35G1YK7R"),
        Allow(label: "lower-case code", text: "91360722ma35g1yk7r", code: "91360722MA35G1YK7R"),
        Allow(label: "code with spaces inside", text: "9136 0722 MA35 G1YK 7R", code: "91360722MA35G1YK7R"),
        Allow(label: "code with a trailing 。", text: "91360722MA35G1YK7R。", code: "91360722MA35G1YK7R"),
        Allow(label: "exact current name", text: "江西众城新材料有限公司", code: "91360722MA35G1YK7R"),
        Allow(label: "exact former name", text: "南昌华瑞航空科技有限公司", code: "914403001922038216"),
        Allow(label: "half-width brackets", text: "众城科技(集团)有限公司", code: "9136060006346630XD"),
        Allow(label: "name in quotes", text: "「华瑞航空股份有限公司」", code: "91440300708461136T"),
    ]

    @Test(arguments: allowed) func allows(_ c: Allow) throws {
        let registry = try FindFixture.registry()
        #expect(try registry.creditCode(of: c.text).text == c.code)
        #expect(try registry.profile(of: c.text, asOf: day("2025-06-01")).enterprise.creditCode.text == c.code)
    }

    struct Deny: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        let error: RegistryError
        var testDescription: String { label }
    }

    static let denied: [Deny] = [
        Deny(label: "part of two names", text: "众城",
             error: .unknownName(query: "众城", nearest: ["众城科技（集团）有限公司 (9136060006346630XD)",
                                                       "江西众城新材料有限公司 (91360722MA35G1YK7R)"], more: 0)),
        Deny(label: "a word left out", text: "江西众城新材料公司",
             error: .unknownName(query: "江西众城新材料公司", nearest: ["江西众城新材料有限公司 (91360722MA35G1YK7R)"], more: 0)),
        Deny(label: "a character changed", text: "华瑞航天",
             error: .unknownName(query: "华瑞航天", nearest: ["华瑞航空股份有限公司 (91440300708461136T)",
                                                         "南昌华瑞航空工业有限公司 (914403001922038216)"], more: 0)),
        Deny(label: "nothing near", text: "长江存储", error: .unknownEnterprise(query: "长江存储")),
        Deny(label: "valid code of no firm", text: "913601110000123438", error: .unknownEnterprise(query: "913601110000123438")),
    ]

    @Test(arguments: denied) func denies(_ c: Deny) throws {
        let registry = try FindFixture.registry()
        #expect(throws: c.error) { try registry.creditCode(of: c.text) }
        #expect(throws: c.error) { try registry.profile(of: c.text, asOf: day("2025-06-01")) }
    }

    @Test func aNearMissSaysWhichFirmItMeant() {
        #expect(RegistryError.unknownName(query: "江西众城新材料公司", nearest: ["江西众城新材料有限公司 (91360722MA35G1YK7R)"],
                                          more: 0).description
            == "no enterprise is named '江西众城新材料公司'; did you mean 江西众城新材料有限公司 (91360722MA35G1YK7R)?")
        #expect(RegistryError.unknownName(query: "众城", nearest: ["甲 (1)", "乙 (2)", "丙 (3)"], more: 4).description
            == "no enterprise is named '众城'; did you mean 甲 (1) or 乙 (2) or 丙 (3)? (4 more contain it)")
    }

    @Test func aMistypedCodeIsExplained() throws {
        let registry = try FindFixture.registry()
        #expect(throws: CreditCodeError.self) { try registry.creditCode(of: "91360722MA35G1YK7A") }
    }

    @Test func aVoidedRenameNoLongerNamesTheFirm() throws {
        let registry = try FindFixture.registry()
        let rename = try registry.rename(Codes.a, to: "江西众城稀土有限公司", effective: day("2025-02-01"),
                                         context: context("2025-02-01T00:00:00Z"))
        #expect(try registry.creditCode(of: "江西众城稀土有限公司") == Codes.a)
        _ = try registry.void(eventID: rename.event.id, reason: "typed in error", context: context("2025-02-02T00:00:00Z"))
        #expect(throws: RegistryError.unknownName(query: "江西众城稀土有限公司",
                                                  nearest: ["江西众城新材料有限公司 (91360722MA35G1YK7R)"], more: 0)) {
            try registry.creditCode(of: "江西众城稀土有限公司")
        }
    }
}

/// A read known at an earlier moment never names a firm registered after it, by code or by name.
@Suite struct LookupKnownAtTests {
    @Test func aFirmRegisteredLaterIsNotFoundByNameKnownAtAnEarlierMoment() throws {
        let registry = try Registry.inMemory()
        _ = try registry.add(Codes.a, name: "江西后来科技有限公司", context: context("2025-03-01T00:00:00Z"))
        let before = moment("2025-02-01T00:00:00Z"), after = moment("2025-03-02T00:00:00Z")
        #expect(throws: RegistryError.unknownEnterprise(query: "江西后来科技有限公司")) {
            try registry.profile(of: "江西后来科技有限公司", asOf: day("2025-01-15"), knownAt: before)
        }
        #expect(try registry.profile(of: "江西后来科技有限公司", asOf: day("2025-01-15"), knownAt: after)
            .enterprise.creditCode == Codes.a)
    }
}
