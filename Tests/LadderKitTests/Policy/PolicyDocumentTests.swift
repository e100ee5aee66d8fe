import Testing
@testable import LadderKit

/// Malformed and inconsistent policies are refused with the JSON path of the problem.
@Suite struct PolicyDocumentTests {
    struct Malformed: CustomTestStringConvertible, Sendable {
        let name: String
        let find: String
        let replace: String
        let message: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Malformed(name: "trailing comma", find: "\"version\": 1\n}", replace: "\"version\": 1,\n}",
                  message: "$: not valid JSON at line 256, column 1: expected a key in double quotes"),
        Malformed(name: "duplicate key", find: "\"version\": 1\n}", replace: "\"version\": 1,\n  \"version\": 2\n}",
                  message: "$: not valid JSON at line 256, column 3: duplicate key \"version\""),
        Malformed(name: "missing key", find: "      \"innovation_score_above\": 70,\n", replace: "",
                  message: "$.eligibility.hnte.innovation_score_above: missing"),
        Malformed(name: "null is missing", find: "\"innovation_score_above\": 70", replace: "\"innovation_score_above\": null",
                  message: "$.eligibility.hnte.innovation_score_above: missing"),
        Malformed(name: "unknown key", find: "\"employees_max\": 500", replace: "\"employes_max\": 500",
                  message: "$.eligibility.tsme.employes_max: unknown key; expected one of employees_max, revenue_max_yuan, "
                    + "total_assets_max_yuan, direct_routes, pass_score, tech_staff_score_must_be_positive, "
                    + "tech_staff_bands, rd_revenue_bands, rd_cost_bands, ip_class1_min_count, ip_class1_points, "
                    + "ip_class2_bands"),
        Malformed(name: "unknown tier", find: "\"prerequisites\": {", replace: "\"prerequisites\": {\n    \"gazelle\": [],",
                  message: "$.prerequisites.gazelle: unknown tier; expected one of tsme, hnte, growth, leader"),
        Malformed(name: "unknown growth category", find: "\"gazelle\": [", replace: "\"gazelles\": [",
                  message: "$.eligibility.growth.categories.gazelles: unknown growth category; expected one of "
                    + "unicorn, potential-unicorn, seed-unicorn, gazelle, potential-gazelle"),
        Malformed(name: "negative threshold", find: "\"employees_max\": 500", replace: "\"employees_max\": -500",
                  message: "$.eligibility.tsme.employees_max: must not be negative (found -500)"),
        Malformed(name: "negative percentage", find: "\"rd_in_china_min_percent\": 60",
                  replace: "\"rd_in_china_min_percent\": -60",
                  message: "$.eligibility.hnte.rd_in_china_min_percent: must not be negative (found -60%)"),
        Malformed(name: "wrong type", find: "\"pass_score\": 60", replace: "\"pass_score\": \"60\"",
                  message: "$.eligibility.tsme.pass_score: expected a whole number, found a string (\"60\")"),
        Malformed(name: "fractional count", find: "\"employees_max\": 500", replace: "\"employees_max\": 500.5",
                  message: "$.eligibility.tsme.employees_max: 500.5 is not a whole number"),
        Malformed(name: "bands rising", find: "\"min_percent\": 4,\n          \"points\": 30",
                  replace: "\"min_percent\": 7,\n          \"points\": 30",
                  message: "$.eligibility.tsme.rd_revenue_bands[2].min_percent: bands must decrease; 7% comes after 5%"),
        Malformed(name: "band points rising", find: "\"min_percent\": 15,\n          \"points\": 8",
                  replace: "\"min_percent\": 15,\n          \"points\": 18",
                  message: "$.eligibility.tsme.tech_staff_bands[3].points: a lower band cannot score more; 18 comes after 12"),
        Malformed(name: "percentage too precise", find: "\"tech_staff_min_percent\": 10",
                  replace: "\"tech_staff_min_percent\": 10.005",
                  message: "$.eligibility.hnte.tech_staff_min_percent: 10.005 is not a percentage with at most two "
                    + "decimals (e.g. 60 or 2.5)"),
        Malformed(name: "share above 100%", find: "\"high_tech_income_min_percent\": 60",
                  replace: "\"high_tech_income_min_percent\": 100.01",
                  message: "$.eligibility.hnte.high_tech_income_min_percent: 100.01% is above 100%, a share cannot be met"),
        Malformed(name: "prerequisite of a higher tier", find: "\"hnte\": [],", replace: "\"hnte\": [\"growth\"],",
                  message: "$.prerequisites.hnte[0]: hnte cannot require growth; a prerequisite must be a lower tier"),
        Malformed(name: "prerequisite not a tier", find: "\"hnte\": [],", replace: "\"hnte\": [\"hnt\"],",
                  message: "$.prerequisites.hnte[0]: 'hnt' is not one of 'tsme', 'hnte', 'growth', 'leader'"),
        Malformed(name: "unknown end convention", find: "\"end\": \"civil-code\",\n      \"years\": 3",
                  replace: "\"end\": \"civil_code\",\n      \"years\": 3",
                  message: "$.validity.hnte.end: 'civil_code' is not one of 'civil-code', 'minus-one-day'"),
        Malformed(name: "pass score unreachable", find: "\"pass_score\": 60", replace: "\"pass_score\": 101",
                  message: "$.eligibility.tsme.pass_score: 101 cannot be reached; the score tables add up to at most 100"),
        Malformed(name: "last R&D band limited", find: "{\n          \"min_percent\": 3\n        }",
                  replace: "{\n          \"min_percent\": 3,\n          \"revenue_at_most_yuan\": 500000000\n        }",
                  message: "$.eligibility.hnte.rd_bands[2].revenue_at_most_yuan: the last band must have no revenue "
                    + "limit so that firms above 500000000 元 have one"),
        Malformed(name: "innovation parts not 100", find: "\"conversion\": 30,", replace: "\"conversion\": 20,",
                  message: "$.eligibility.hnte.innovation_parts_max: the parts add up to 90; the innovation score is out of 100"),
        Malformed(name: "innovation mark of 100 cannot be passed", find: "\"innovation_score_above\": 70",
                  replace: "\"innovation_score_above\": 100",
                  message: "$.eligibility.hnte.innovation_score_above: 100 cannot be passed; a score must be above it "
                    + "and the full score is 100"),
        Malformed(name: "innovation mark with three decimals", find: "\"innovation_score_above\": 70",
                  replace: "\"innovation_score_above\": 70.005",
                  message: "$.eligibility.hnte.innovation_score_above: 70.005 is not a score with at most two decimals "
                    + "(e.g. 70 or 70.5)"),
        Malformed(name: "innovation mark as text", find: "\"innovation_score_above\": 70",
                  replace: "\"innovation_score_above\": \"70\"",
                  message: "$.eligibility.hnte.innovation_score_above: expected a score as a number (e.g. 70 or 70.5), "
                    + "found a string (\"70\")"),
        Malformed(name: "old innovation minimum above 100", find: "\"innovation_score_above\": 70",
                  replace: "\"innovation_score_min\": 171",
                  message: "$.eligibility.hnte.innovation_score_min: 171 is above 100, the full score"),
        Malformed(name: "old and new innovation keys together", find: "\"innovation_score_above\": 70",
                  replace: "\"innovation_score_above\": 70,\n      \"innovation_score_min\": 71",
                  message: "$.eligibility.hnte.innovation_score_min: give innovation_score_above alone; "
                    + "innovation_score_min is its older form (min 71 = above 70)"),
        Malformed(name: "empty route", find: "\"seed-unicorn\": [\n          {\n            \"founded_within_years\": 5,\n"
                    + "            \"funding_cny_min\": 10000000,\n            \"unlisted\": true\n          }",
                  replace: "\"seed-unicorn\": [\n          {}",
                  message: "$.eligibility.growth.categories[\"seed-unicorn\"][0]: a route needs at least one condition"),
        Malformed(name: "bad policy id", find: "\"id\": \"jiangxi-2023\"", replace: "\"id\": \"Jiangxi 2023\"",
                  message: "$.id: 'Jiangxi 2023' must be lower-case letters, digits and '-' (e.g. jiangxi-2023)"),
        Malformed(name: "version zero", find: "\"version\": 1", replace: "\"version\": 0",
                  message: "$.version: must be at least 1 (found 0)"),
    ])
    func refusesWithPath(_ c: Malformed) throws {
        let json = try PolicyFixture.edited(c.find, c.replace)
        #expect(throws: PolicyError.self) { try PolicyDocument.decode(json: json) }
        do {
            _ = try PolicyDocument.decode(json: json)
        } catch {
            #expect(error.description == c.message)
        }
    }

    struct NotAPolicy: Sendable {
        let json: String, message: String
    }

    @Test(arguments: [
        NotAPolicy(json: "", message: "$: not valid JSON at line 1, column 1: the document ends where a value was expected"),
        NotAPolicy(json: "[]", message: "$: expected an object, found an array"),
        NotAPolicy(json: "{\"id\": \"x\"", message: "$: not valid JSON at line 1, column 11: expected ',' or '}'"),
        NotAPolicy(json: "{\n  \"id\": 'x'\n}", message: "$: not valid JSON at line 2, column 9: expected a value"),
        NotAPolicy(json: "{\"id\": \"x\", \"version\": 1}", message: "$.validity: missing"),
    ])
    func refusesNonPolicies(_ c: NotAPolicy) {
        do {
            _ = try PolicyDocument.decode(json: c.json)
            Issue.record("decoded '\(c.json)'")
        } catch {
            #expect(error.description == c.message)
        }
    }

    @Test func errorNamesItsPath() {
        #expect(PolicyError.missing(path: "$.eligibility.hnte.innovation_score_above").path
                == "$.eligibility.hnte.innovation_score_above")
    }

    struct OldMark: CustomTestStringConvertible, Sendable {
        let written: String
        let above: Points
        var testDescription: String { written }
    }

    /// Documents written before scores could be fractions say `innovation_score_min: 71` (at least
    /// 71 of whole scores): read as above 70, so the built-in jiangxi-2023 v1 in its old words is
    /// the built-in policy.
    @Test(arguments: [
        OldMark(written: "\"innovation_score_min\": 71", above: 70),
        OldMark(written: "\"innovation_score_min\": 80", above: 79),
        OldMark(written: "\"innovation_score_above\": 70.5", above: Points(hundredths: 7050)),
        OldMark(written: "\"innovation_score_above\": 70", above: 70),
    ])
    func innovationMarkIsReadInEitherForm(_ c: OldMark) throws {
        let json = try PolicyFixture.edited("\"innovation_score_above\": 70", c.written)
        let policy = try PolicyDocument.decode(json: json)
        #expect(policy.eligibility.hnte.innovationScoreAbove == c.above)
    }

    @Test func theOldKeyIsNoted() throws {
        let old = try PolicyFixture.edited("\"innovation_score_above\": 70", "\"innovation_score_min\": 71")
        #expect(PolicyDocument.notes(json: old) == ["innovation_score_min 71 is read as innovation_score_above 70: the "
            + "innovation score must be above 70, 70 itself failing, so a fractional score such as 70.5 passes; write "
            + "innovation_score_above in new documents"])
        #expect(PolicyDocument.notes(json: try PolicyFixture.text("jiangxi-2023.json")) == [])
    }

    @Test func theBuiltInInItsOldWordsIsTheBuiltIn() throws {
        let old = try PolicyFixture.edited("\"innovation_score_above\": 70", "\"innovation_score_min\": 71")
        #expect(try PolicyDocument.decode(json: old) == Policy.builtIn)
        #expect(PolicyDocument.encode(try PolicyDocument.decode(json: old)).contains("\"innovation_score_above\": 70,"))
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let golden = try PolicyFixture.text("jiangxi-2023.json")
        #expect(try PolicyDocument.decode(json: "\u{FEFF}" + golden) == Policy.builtIn)
    }
}
