import Foundation
import Testing
@testable import LadderKit

/// `ladder verify` on a damaged registry in Chinese: each finding named and worded in Chinese,
/// with no English word left but the commands and names a clerk types or quotes.
@Suite struct ChineseVerifyScanTests {
    @Test func damagedRegistryInChinese() throws {
        let (dir, db) = try ReliabilityCommandTests.prepared()
        defer { _ = dir }
        try ReliabilityCommandTests.plant(db, """
            DROP TRIGGER event_is_append_only_update;
            DROP INDEX event_void_once;
            INSERT INTO event (enterprise_id, kind, effective_on, target_id, reason, recorded_at, operator, command)
            VALUES (1, 'void', '2025-07-01', 1, 'x', '2099-07-01T00:00:00.000000Z', 'sql', 'sqlite3');
            INSERT INTO event (enterprise_id, kind, effective_on, target_id, reason, recorded_at, operator, command)
            VALUES (1, 'void', '2025-07-01', 2, 'x', '2099-07-01T00:00:00.000000Z', 'sql', 'sqlite3');
            INSERT INTO fact (enterprise_id, year, facts, digest, recorded_at, operator, command)
            VALUES (1, 2024, '{"employees":"many"}', 0, '2099-07-01T00:00:00.000000Z', 'sql', 'sqlite3');
            INSERT INTO policy (policy_id, version, document, recorded_at, operator)
            VALUES ('jx-2099', 1, '{"id":"jx-2099"}', '2099-07-01T00:00:00.000000Z', 'sql');
            """)
        let run = try LadderRun.run(["verify"], db: db, environment: ["LADDER_LANG": "zh"])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(4)) == [
            "保护触发器：event_is_append_only_update 缺失，数据表 `event` 的记录可被直接修改或删除；请按 schema.sql 重建，"
                + "或恢复最近一次完好的备份",
            "索引：event_void_once 缺失，数据表 `event` 的查询会变慢；请按 schema.sql 重建，或恢复最近一次完好的备份",
            "作废对象：作废记录 #3 指向的事件 #2 本身也是作废记录；它是绕过 ladder 写入的：请用 `ladder log` 查明来源",
            "年度数据：\(ReliabilityCommandTests.a) 2024 年度数据版本 #1 无法读取：`employees`：类型不符（应为数字）；"
                + "请用 `ladder facts set` 录入更正后的版本",
        ])
        #expect(lines.count == 5)
        #expect(lines.last?.hasPrefix("认定政策：认定政策 jx-2099 第 1 版（#") == true)
        #expect(lines.last?.hasSuffix("）无法读取：$.version：缺少此项；请用 `ladder policy import` 导入更正后的版本") == true)
        #expect(run.stderr == "ladder: \(db) 有 5 个问题（企业 1 家，事件 3 条）\n")
        #expect(EnglishWords.find(in: run.stdout + run.stderr) == [])
    }
}
