@testable import LadderKit
import Testing

/// Which language a person gets: `--lang`, else `LADDER_LANG`, else the locale (LC_ALL, LC_MESSAGES, LANG).
@Suite struct LanguageResolutionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let flag: String?
        let environment: [String: String]
        let expected: Language
        let why: String
        var testDescription: String { why }
    }

    @Test(arguments: [
        Case(flag: nil, environment: [:], expected: .en, why: "nothing set: English"),
        Case(flag: nil, environment: ["LANG": "zh_CN.UTF-8"], expected: .zh, why: "a Chinese locale"),
        Case(flag: nil, environment: ["LANG": "C.UTF-8"], expected: .en, why: "the C locale"),
        Case(flag: nil, environment: ["LANG": "en_US.UTF-8", "LC_ALL": "zh_TW.UTF-8"], expected: .zh, why: "LC_ALL before LANG"),
        Case(flag: nil, environment: ["LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"], expected: .en,
             why: "LC_MESSAGES before LANG"),
        Case(flag: nil, environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": ""], expected: .zh, why: "an empty LC_ALL is unset"),
        Case(flag: nil, environment: ["LADDER_LANG": "zh", "LANG": "en_US.UTF-8"], expected: .zh, why: "LADDER_LANG before the locale"),
        Case(flag: nil, environment: ["LADDER_LANG": "en", "LANG": "zh_CN.UTF-8"], expected: .en, why: "LADDER_LANG=en"),
        Case(flag: nil, environment: ["LADDER_LANG": "zh_CN"], expected: .zh, why: "LADDER_LANG as a locale name"),
        Case(flag: "en", environment: ["LADDER_LANG": "zh"], expected: .en, why: "--lang before LADDER_LANG"),
        Case(flag: "中文", environment: [:], expected: .zh, why: "--lang 中文"),
        Case(flag: "EN", environment: ["LANG": "zh_CN.UTF-8"], expected: .en, why: "--lang in capitals"),
    ])
    func resolves(_ c: Case) throws {
        #expect(try Language.resolve(flag: c.flag, environment: c.environment) == c.expected)
    }

    @Test func anUnknownLanguageIsRefusedInBoth() {
        #expect(throws: LanguageError(source: "--lang", value: "fr")) {
            try Language.resolve(flag: "fr", environment: [:])
        }
        #expect(LanguageError(source: "LADDER_LANG", value: "de").description
            == "LADDER_LANG 'de' 不是可用的语言，请写 zh（简体中文）或 en（English）。"
            + " / LADDER_LANG 'de' is not a language ladder speaks; write zh (简体中文) or en (English).")
    }
}
