import Testing
@testable import LadderKit

/// `Registry.log`: who recorded what, oldest first, filtered by operator and day; on PostgreSQL
/// (a copy of the registry) the same lines.
@Suite struct LogTests {
    static func line(_ e: LogEntry) -> String {
        "\(e.at.iso) \(e.operatorName) \(e.record.rawValue) \(e.creditCode ?? "-") \(e.what) [\(e.source)]"
    }

    @Test(arguments: EngineUnderTest.kinds) func everythingRecordedOldestFirst(_ kind: EngineUnderTest.Kind) throws {
        let registry = try CopiedRegistry.of(try ReliabilityFixture.populate(try Registry.inMemory()), on: kind)
        #expect(try registry.log().map(LogTests.line) == [
            "2025-01-02T00:00:00.000000Z tester enterprise 91360722MA35G1YK7R registered 甲公司 [ladder add]",
            "2025-01-02T00:00:01.000000Z tester enterprise 9136060006346630XD registered 乙公司 [ladder add]",
            "2025-01-02T00:00:02.000000Z tester event 91360722MA35G1YK7R #1 certify: 高企 GR202336000123 [test]",
            "2025-01-02T00:00:03.000000Z tester event 9136060006346630XD #2 admit: 科小 2024360600A0000001 (2024) [test]",
            "2025-01-02T00:00:04.000000Z tester event 91360722MA35G1YK7R #3 rename: → 甲新公司 [test]",
            "2025-01-02T00:00:05.000000Z tester event 91360722MA35G1YK7R #4 void: voids #3: 录入错误 [test]",
            "2025-01-02T00:00:06.000000Z tester event 91360722MA35G1YK7R #5 revoke: ends #1 (accident): 重大安全事故 [test]",
            "2025-01-02T00:00:07.000000Z tester facts 91360722MA35G1YK7R facts for 2024: 1 figure(s) [test]",
            "2025-01-02T00:00:08.000000Z 王芳 policy - policy jiangxi-2024 v2 put in force [ladder policy import]",
        ])
    }

    struct FilterCase: CustomTestStringConvertible, Sendable {
        let name: String
        let operatorName: String?
        let since: String?
        let count: Int
        var testDescription: String { name }
    }

    @Test(arguments: EngineUnderTest.kinds, [
        FilterCase(name: "one operator", operatorName: "王芳", since: nil, count: 1),
        FilterCase(name: "nobody", operatorName: "nobody", since: nil, count: 0),
        // 2025-01-02 in China began at 2025-01-01T16:00Z: everything; the next day: nothing.
        FilterCase(name: "since the day", operatorName: nil, since: "2025-01-02", count: 9),
        FilterCase(name: "since the next day", operatorName: nil, since: "2025-01-03", count: 0),
    ])
    func filters(_ kind: EngineUnderTest.Kind, _ c: FilterCase) throws {
        let registry = try CopiedRegistry.of(try ReliabilityFixture.populate(try Registry.inMemory()), on: kind)
        #expect(try registry.log(operatorName: c.operatorName, since: c.since.map(day)).count == c.count)
    }

    @Test(arguments: EngineUnderTest.kinds) func importBatchesAndTheirVoidsAreListed(_ kind: EngineUnderTest.Kind) throws {
        let written = try Registry.inMemory()
        try written.writer.write { db in
            try db.execute(sql: """
                INSERT INTO import_batch (file_name, sha256, size_bytes, encoding, kind, operator, started_at, rows, new_events)
                VALUES ('名单.csv', '\(String(repeating: "0", count: 64))', 10, 'utf-8', 'hnte-list', '王芳',
                        '2025-01-02T00:00:00.000000Z', 3, 2);
                INSERT INTO batch_void (batch_id, reason, recorded_at, operator) VALUES (1, '名单有误', '2025-01-03T00:00:00.000000Z', '李雷');
                """)
        }
        let registry = try CopiedRegistry.of(written, on: kind)
        #expect(try registry.log().map(LogTests.line) == [
            "2025-01-02T00:00:00.000000Z 王芳 import - import 名单.csv (hnte-list): 3 rows, 2 new events, 0 rejected [batch 1]",
            "2025-01-03T00:00:00.000000Z 李雷 batch-void - voided batch 1: 名单有误 [ladder void --batch 1]",
        ])
    }
}
