import Foundation
import Testing

/// `ladder policy import` of a bad policy file in Chinese: where (the JSON path, as written in the
/// file), what is wrong and what to write, with no English word but the keys a clerk edits.
@Suite struct ChinesePolicyScanTests {
    struct Edit: CustomTestStringConvertible, Sendable {
        let name: String
        let find: String
        let replace: String
        let stderr: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Edit(name: "text for a number", find: "\"pass_score\": 60", replace: "\"pass_score\": \"六十\"",
             stderr: "ladder: 认定政策未被接受：$.eligibility.tsme.pass_score：应为 整数，实为 文字（“六十”）\n"),
        Edit(name: "negative", find: "\"employees_max\": 500", replace: "\"employees_max\": -500",
             stderr: "ladder: 认定政策未被接受：$.eligibility.tsme.employees_max：不能为负数（现为 -500）\n"),
        Edit(name: "share above 100%", find: "\"rd_in_china_min_percent\": 60", replace: "\"rd_in_china_min_percent\": 160",
             stderr: "ladder: 认定政策未被接受：$.eligibility.hnte.rd_in_china_min_percent：160% 超过 100%，这一比例无法达到\n"),
        Edit(name: "not JSON", find: "\"version\": 1\n}", replace: "\"version\": 1,\n}",
             stderr: "ladder: 认定政策未被接受：$：第 256 行第 1 列不是有效的 JSON：此处应有加双引号的键\n"),
    ])
    func refusedInChinese(_ e: Edit) throws {
        let (dir, db) = try EligibilityCommandTests.prepared()
        defer { _ = dir }
        let file = dir.path("policy.json")
        #expect(try LadderRun.run(["policy", "export", file], db: db).status == 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains(e.find))
        try text.replacingOccurrences(of: e.find, with: e.replace).write(toFile: file, atomically: true, encoding: .utf8)
        let run = try LadderRun.run(["policy", "import", file], db: db, environment: ["LADDER_LANG": "zh"])
        #expect(run.status == 1)
        #expect(run.stderr == e.stderr)
        #expect(EnglishWords.find(in: run.stdout + run.stderr) == [])
    }
}
