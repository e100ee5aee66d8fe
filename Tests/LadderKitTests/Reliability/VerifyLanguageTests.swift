import Testing
@testable import LadderKit

/// `ladder verify`'s findings in Chinese and English: the same planted damage as `VerifyTests`,
/// worded when read, in the reader's language, with no English left in the Chinese.
@Suite struct VerifyLanguageTests {
    static let a = Codes.a.text, b = Codes.b.text
    static let now = "'2025-07-01T00:00:00.000000Z'"

    struct DamageCase: CustomTestStringConvertible, Sendable {
        let name: String
        let sql: String
        let zh: String
        let en: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        DamageCase(name: "foreign key", sql: """
            PRAGMA foreign_keys = OFF;
            INSERT INTO fact (enterprise_id, year, facts, digest, recorded_at, operator, command)
            VALUES (99, 2024, '{}', 0, \(now), 'sql', 'sqlite3');
            """,
            zh: "引用缺失：数据表 `fact` 第 2 行：`enterprise_id` 指向的 `enterprise` 记录不存在；它是在关闭外键检查后绕过 ladder 写入的",
            en: "foreign-key: fact row 2: enterprise_id names no enterprise row; it was written around ladder with foreign keys off"),
        DamageCase(name: "missing trigger", sql: "DROP TRIGGER event_is_append_only_update",
            zh: "保护触发器：event_is_append_only_update 缺失，数据表 `event` 的记录可被直接修改或删除；请按 schema.sql 重建，"
                + "或恢复最近一次完好的备份",
            en: "trigger: event_is_append_only_update is missing, so rows of event can be changed or deleted in place; "
                + "recreate it from schema.sql or restore the last good backup"),
        DamageCase(name: "missing index", sql: "DROP INDEX event_void_once",
            zh: "索引：event_void_once 缺失，数据表 `event` 的查询会变慢；请按 schema.sql 重建，或恢复最近一次完好的备份",
            en: "index: event_void_once is missing, so lookups on event slow down; recreate it from schema.sql or restore "
                + "the last good backup"),
        DamageCase(name: "altered trigger", sql: """
            DROP TRIGGER fact_is_append_only_delete;
            CREATE TRIGGER fact_is_append_only_delete BEFORE DELETE ON fact BEGIN SELECT 1; END;
            """,
            zh: "保护触发器：fact_is_append_only_delete 与数据库结构的定义不一致；请按 schema.sql 重建，或恢复最近一次完好的备份",
            en: "trigger: fact_is_append_only_delete differs from the schema's definition; recreate it from schema.sql or "
                + "restore the last good backup"),
        DamageCase(name: "void of a void", sql: """
            INSERT INTO event (enterprise_id, kind, effective_on, target_id, reason, recorded_at, operator, command)
            VALUES (1, 'void', '2025-07-01', 4, 'x', \(now), 'sql', 'sqlite3');
            """,
            zh: "作废对象：作废记录 #6 指向的事件 #4 本身也是作废记录；它是绕过 ladder 写入的：请用 `ladder log` 查明来源",
            en: "void-target: void #6 targets event #4, which is itself a void; it was written around ladder: find its "
                + "source with `ladder log`"),
        DamageCase(name: "void of nothing", sql: """
            PRAGMA foreign_keys = OFF;
            INSERT INTO event (id, enterprise_id, kind, effective_on, target_id, reason, recorded_at, operator, command)
            VALUES (200, 2, 'void', '2025-07-01', 150, 'x', \(now), 'sql', 'sqlite3');
            """,
            zh: "作废对象：作废记录 #200 指向的事件 #150 不存在；它是绕过 ladder 写入的：请用 `ladder log` 查明来源",
            en: "void-target: void #200 targets event #150, which does not exist; it was written around ladder: find its "
                + "source with `ladder log`"),
        DamageCase(name: "revocation of a rename", sql: """
            INSERT INTO event (enterprise_id, kind, effective_on, target_id, ground, reason, recorded_at, operator, command)
            VALUES (1, 'revoke', '2025-07-01', 3, 'other', 'x', \(now), 'sql', 'sqlite3');
            """,
            zh: "取消资格对象：取消资格记录 #6 指向的事件 #3 不授予任何资格（它是“更名”事件）；它是绕过 ladder 写入的：请用 "
                + "`ladder log` 查明来源",
            en: "revocation-target: revocation #6 targets event #3, which grants no qualification (it is a rename); it was "
                + "written around ladder: find its source with `ladder log`"),
        DamageCase(name: "revocation of another firm's event", sql: """
            PRAGMA foreign_keys = OFF;
            INSERT INTO event (enterprise_id, kind, effective_on, target_id, ground, reason, recorded_at, operator, command)
            VALUES (2, 'revoke', '2025-07-01', 1, 'other', 'x', \(now), 'sql', 'sqlite3');
            """,
            zh: "取消资格对象：取消资格记录 #6 指向的事件 #1 属于另一家企业；它是绕过 ladder 写入的：请用 `ladder log` 查明来源",
            en: "revocation-target: revocation #6 targets event #1, which belongs to another firm; it was written around "
                + "ladder: find its source with `ladder log`"),
        DamageCase(name: "shared certificate", sql: VerifyTests.aroundNumberRule(sqlite: """
            INSERT INTO event (enterprise_id, kind, effective_on, tier, number, year, recorded_at, operator, command)
            VALUES (2, 'certify', '2023-11-22', 'hnte', 'GR202336000123', 2023, \(now), 'sql', 'sqlite3');
            """),
            zh: "编号重复：证书编号 GR202336000123 同时属于 2 家企业（\(b)、\(a)）；请用 `ladder void` 作废错误的事件",
            en: "shared-number: certificate GR202336000123 is held by 2 firms (\(b), \(a)); void the wrong event with "
                + "`ladder void`"),
        DamageCase(name: "shared 入库 number", sql: VerifyTests.aroundNumberRule(sqlite: """
            INSERT INTO event (enterprise_id, kind, effective_on, tier, number, year, recorded_at, operator, command)
            VALUES (1, 'admit', '2024-05-06', 'tsme', '2024360600A0000001', 2024, \(now), 'sql', 'sqlite3');
            """),
            zh: "编号重复：入库登记编号 2024360600A0000001 同时属于 2 家企业（\(b)、\(a)）；请用 `ladder void` 作废错误的事件",
            en: "shared-number: 入库 number 2024360600A0000001 is held by 2 firms (\(b), \(a)); void the wrong event with "
                + "`ladder void`"),
        DamageCase(name: "facts that do not decode", sql: """
            INSERT INTO fact (enterprise_id, year, facts, digest, recorded_at, operator, command)
            VALUES (2, 2024, '{"employees":"many"}', 0, \(now), 'sql', 'sqlite3');
            """,
            zh: "年度数据：\(b) 2024 年度数据版本 #2 无法读取：`employees`：类型不符（应为数字）；请用 `ladder facts set` "
                + "录入更正后的版本",
            en: "facts: facts version #2 of \(b) for 2024 does not read: employees: Expected to decode Int64 but found a "
                + "string instead.; record a corrected version with `ladder facts set`"),
        DamageCase(name: "back-dated event", sql: """
            INSERT INTO event (enterprise_id, kind, effective_on, name, recorded_at, operator, command)
            VALUES (2, 'rename', '2024-12-01', '乙新公司', '2025-01-01T22:59:59.000000Z', 'sql', 'sqlite3');
            """,
            zh: "记录时间倒置：事件 #6 的记录时间为 2025-01-01T22:59:59.000000Z，早于在它之前写入的事件 #5"
                + "（2025-01-02T00:00:06.000000Z）；倒填时间的记录会改变按较早时点查询的结果：请用 `ladder log` 查明来源",
            en: "recorded-order: event #6 is dated 2025-01-01T22:59:59.000000Z, before event #5 (2025-01-02T00:00:06.000000Z) "
                + "which was written ahead of it; a back-dated record changes answers known at earlier moments: find its "
                + "source with `ladder log`"),
        DamageCase(name: "set aside with an event in force", sql: """
            INSERT INTO registration_change (enterprise_id, kind, reason, recorded_at, operator, command)
            VALUES (2, 'void', 'x', \(now), 'sql', 'sqlite3');
            """,
            zh: "登记已作废：\(b) 已作废登记（视为从未登记），却仍有 1 条事件有效（第一条为 #2）；它们是绕过 ladder 写入的："
                + "请用 `ladder log` 查明来源",
            en: "set-aside: \(b) is set aside as never registered, yet 1 event(s) of it are in force (first #2); they were "
                + "written around ladder: find their source with `ladder log`"),
    ])
    func wordsEachFindingInBothLanguages(_ c: DamageCase) throws {
        let folder = try RegistryFolder()
        let registry = try ReliabilityFixture.populate(try Registry.open(path: folder.path("r.sqlite")))
        try ReliabilityFixture.plant(registry, c.sql)
        let found = try registry.verify()
        #expect(found.map { $0.description(in: .zh) } == [c.zh])
        #expect(found.map { $0.description(in: .en) } == [c.en])
        // Worded when read: the same finding follows the reader's language.
        #expect(Language.$scoped.withValue(.zh) { found.map(\.description) } == [c.zh])
    }
}
