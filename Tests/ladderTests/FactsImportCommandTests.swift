import Foundation
import Testing

/// A roster carrying yes/no facts, scores and three years per firm, imported through the built
/// binary, then `candidates` and `check` on what it recorded.
@Suite struct FactsImportCommandTests {
    static let a = "91360722MA35G1YK7R", b = "9136060006346630XD"
    /// Firm a: every 高企 threshold met exactly over 2022–2024 (tech staff 10%, R&D 225 / 4500 = 5%,
    /// in China 135 / 225 = 60%, high-tech income 1200 / 2000 = 60%, score 70.5). Firm b: a 科小 by
    /// the direct route (省级研发机构 是) within the size limits (80 人, 3000万, 5000万) on a clean record.
    static let roster = """
        统一社会信用代码,企业名称,成立日期,技术领域,年度,职工总数,科技人员数,销售收入(万元),资产总额(万元),研发费用(万元),\
        境内研发费用(万元),高新技术产品收入(万元),核心知识产权,重大安全事故,重大质量事故,严重环境违法,经营异常名录,严重失信,\
        省级研发机构,创新能力评价得分
        \(a),信丰众城矿业有限公司,2015-12-01,新材料,2022,180,18,1000,,50,30,600,是,否,否,否,,,,
        \(a),信丰众城矿业有限公司,2015-12-01,新材料,2023,190,19,1500,,75,45,900,有,无,无,无,,,,
        \(a),信丰众城矿业有限公司,2015-12-01,新材料,2024,200,20,2000,,100,60,1200,√,×,×,×,,,,70.5
        \(b),鹰潭市月湖科技有限公司,2019-03-01,电子信息,2024,80,6,3000,5000,,,,,否,否,否,否,否,是,

        """

    @Test func candidatesAndCheckWorkOnAnImportedRoster() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite"), file = dir.path("roster.csv")
        try Data(FactsImportCommandTests.roster.utf8).write(to: URL(fileURLWithPath: file))
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let imported = try LadderRun.run(["import", file, "--format", "json", "--silent"], db: db)
        #expect(imported.status == 0, "\(imported.stderr)")
        let summary = try #require(JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any])
        #expect(summary["new_facts"] as? Int == 4)
        #expect(summary["rejected"] as? Int == 0)

        let hnte = try LadderRun.run(["candidates", "--for", "hnte", "--as-of", "2025-06-01", "--format", "csv"], db: db)
        #expect(hnte.status == 0, "\(hnte.stderr)")
        #expect(hnte.stdout.split(separator: "\n").dropFirst().map(String.init)
                == ["\(FactsImportCommandTests.a),信丰众城矿业有限公司,赣州市,not-held,,70.5"])
        let tsme = try LadderRun.run(["candidates", "--for", "tsme", "--as-of", "2025-06-01", "--format", "csv"], db: db)
        #expect(tsme.stdout.split(separator: "\n").dropFirst().map(String.init)
                == ["\(FactsImportCommandTests.b),鹰潭市月湖科技有限公司,鹰潭市,not-held,,"])

        let check = try LadderRun.run(["check", FactsImportCommandTests.a, "--for", "hnte", "--as-of", "2025-06-01"], db: db)
        #expect(check.stdout.contains("\nverdict: eligible\nscore: 70.5 (pass mark: above 70, 70 itself fails)\n"))
        let again = try LadderRun.run(["import", file, "--format", "json", "--silent"], db: db)
        let second = try #require(JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(second["unchanged"] as? Int == 4)
        #expect(second["new_facts"] as? Int == 0)
    }

    @Test func oneAccidentColumnAloneIsNoted() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite"), file = dir.path("roster.csv")
        try Data("统一社会信用代码,企业名称,年度,重大安全事故\n\(FactsImportCommandTests.a),信丰众城矿业有限公司,2024,否\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let run = try LadderRun.run(["import", file, "--format", "json", "--silent"], db: db)
        let summary = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((summary["notes"] as? [String])?.contains("重大安全事故 alone: a 是 records a major accident, but 否 leaves "
            + "it unknown until 重大安全事故, 重大质量事故 and 严重环境违法 all say 否 (add the missing column(s))") == true)
    }
}
