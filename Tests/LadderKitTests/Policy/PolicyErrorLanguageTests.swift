import Testing
@testable import LadderKit

/// A refused policy file in Chinese and English: the JSON path kept as written, what is wrong and
/// what to write worded when the refusal is read, in the reader's language.
@Suite struct PolicyErrorLanguageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let find: String
        let replace: String
        let zh: String
        let en: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "trailing comma", find: "\"version\": 1\n}", replace: "\"version\": 1,\n}",
             zh: "$：第 256 行第 1 列不是有效的 JSON：此处应有加双引号的键",
             en: "$: not valid JSON at line 256, column 1: expected a key in double quotes"),
        Case(name: "duplicate key", find: "\"version\": 1\n}", replace: "\"version\": 1,\n  \"version\": 2\n}",
             zh: "$：第 256 行第 3 列不是有效的 JSON：键 \"version\" 重复",
             en: "$: not valid JSON at line 256, column 3: duplicate key \"version\""),
        Case(name: "unknown tier", find: "\"prerequisites\": {", replace: "\"prerequisites\": {\n    \"gazelle\": [],",
             zh: "$.prerequisites.gazelle：未知的层级；应为以下之一：tsme, hnte, growth, leader",
             en: "$.prerequisites.gazelle: unknown tier; expected one of tsme, hnte, growth, leader"),
        Case(name: "negative threshold", find: "\"employees_max\": 500", replace: "\"employees_max\": -500",
             zh: "$.eligibility.tsme.employees_max：不能为负数（现为 -500）",
             en: "$.eligibility.tsme.employees_max: must not be negative (found -500)"),
        Case(name: "negative percentage", find: "\"rd_in_china_min_percent\": 60", replace: "\"rd_in_china_min_percent\": -60",
             zh: "$.eligibility.hnte.rd_in_china_min_percent：不能为负数（现为 -60%）",
             en: "$.eligibility.hnte.rd_in_china_min_percent: must not be negative (found -60%)"),
        Case(name: "percentage with three decimals", find: "\"rd_in_china_min_percent\": 60",
             replace: "\"rd_in_china_min_percent\": 60.125",
             zh: "$.eligibility.hnte.rd_in_china_min_percent：60.125 不是最多两位小数的百分比（如 60 或 2.5）",
             en: "$.eligibility.hnte.rd_in_china_min_percent: 60.125 is not a percentage with at most two decimals (e.g. 60 or 2.5)"),
        Case(name: "text for a whole number", find: "\"pass_score\": 60", replace: "\"pass_score\": \"六十\"",
             zh: "$.eligibility.tsme.pass_score：应为 整数，实为 文字（“六十”）",
             en: "$.eligibility.tsme.pass_score: expected a whole number, found a string (\"六十\")"),
        Case(name: "unreachable pass score", find: "\"pass_score\": 60", replace: "\"pass_score\": 1000",
             zh: "$.eligibility.tsme.pass_score：1000 分无法达到；各评分表合计最多 100 分",
             en: "$.eligibility.tsme.pass_score: 1000 cannot be reached; the score tables add up to at most 100"),
        Case(name: "old and new innovation keys together", find: "\"innovation_score_above\": 70",
             replace: "\"innovation_score_above\": 70,\n      \"innovation_score_min\": 71",
             zh: "$.eligibility.hnte.innovation_score_min：只写 innovation_score_above 即可；innovation_score_min 是它的旧写法"
                + "（innovation_score_min 71 相当于 innovation_score_above 70）",
             en: "$.eligibility.hnte.innovation_score_min: give innovation_score_above alone; innovation_score_min is its "
                + "older form (min 71 = above 70)"),
        Case(name: "version zero", find: "\"version\": 1", replace: "\"version\": 0",
             zh: "$.version：至少应为 1（现为 0）", en: "$.version: must be at least 1 (found 0)"),
    ])
    func refusalInBothLanguages(_ c: Case) throws {
        let json = try PolicyFixture.edited(c.find, c.replace)
        let error = try #require(throws: PolicyError.self) { try PolicyDocument.decode(json: json) }
        #expect(Language.$scoped.withValue(.zh) { error.description } == c.zh)
        #expect(Language.$scoped.withValue(.en) { error.description } == c.en)
    }

    @Test func notAnObjectInChinese() throws {
        let error = try #require(throws: PolicyError.self) { try PolicyDocument.decode(json: "[]") }
        #expect(Language.$scoped.withValue(.zh) { error.description } == "$：应为 对象，实为 数组")
        let unclosed = try #require(throws: PolicyError.self) { try PolicyDocument.decode(json: "{\"id\": \"x\"") }
        #expect(Language.$scoped.withValue(.zh) { unclosed.description } == "$：第 1 行第 11 列不是有效的 JSON：此处应有“,”或“}”")
    }
}
