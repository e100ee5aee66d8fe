import Foundation
import LadderKit
import Testing

/// Each command's table in both languages, on the small registry of `StatisticsCommandTests`
/// (recorded at a fixed moment, so every line is literal).
@Suite struct LanguageOutputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let language: String
        let expected: String
        var testDescription: String { "\(language): ladder \(arguments.joined(separator: " "))" }
    }

    static let revokedFirm = ["show", "91440300708461136T", "--as-of", "2024-07-01", "--known-at", "2024-12-31"]

    @Test(arguments: [
        Case(arguments: revokedFirm, language: "zh", expected: """
            乙公司  91440300708461136T
            统计日 2024-07-01 · 数据截至北京时间 2024-12-31 23:59:59 · 认定政策 jiangxi-2023 v1

            梯次位置  无（没有有效资格）
            所属地区  360111 青山湖区 · 南昌市

            资格
            层级  编号/名单       起始日      截止日      状态                          事件
            ────  ──────────────  ──────────  ──────────  ────────────────────────────  ────
            高企  GR202336000002  2023-11-22  2026-11-22  已撤销（自2024-06-01起取消）  #2

            事件记录
            #2      2023-11-22  认定      高企 GR202336000002 · 特批理由：名单已公布
                                          北京时间 2024-01-10 08:00 由 测试员 记录 · test
            #4      2024-06-01  取消资格  终止 #2（弄虚作假）：弄虚作假 · 特批理由：名单已公布
                                          北京时间 2024-01-10 08:00 由 测试员 记录 · test
            """),
        Case(arguments: revokedFirm, language: "en", expected: """
            乙公司  91440300708461136T
            as of 2024-07-01 · known at 2024-12-31 23:59:59 Beijing time · policy jiangxi-2023 v1

            position  none (no valid qualification)
            region    360111 青山湖区 · 南昌市

            qualifications
            tier  number / list   start       end         status                             event
            ────  ──────────────  ──────────  ──────────  ─────────────────────────────────  ─────
            hnte  GR202336000002  2023-11-22  2026-11-22  revoked (revoked from 2024-06-01)  #2

            events
            #2      2023-11-22  certify   高企 GR202336000002 · override: 名单已公布
                                          recorded 2024-01-10 08:00 Beijing time by 测试员 · test
            #4      2024-06-01  revoke    ends #2 (fraud): 弄虚作假 · override: 名单已公布
                                          recorded 2024-01-10 08:00 Beijing time by 测试员 · test
            """),
    ])
    func tableInTheLanguage(_ c: Case) throws {
        let directory = try TemporaryDirectory()
        let db = try StatisticsCommandTests.registryFile(in: directory)
        let run = try LadderRun.run(c.arguments, db: db, environment: ["LADDER_LANG": c.language])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == c.expected + "\n")
    }
}
