import Foundation
import Testing
@testable import LadderKit

/// End-to-end runs of verify, backup, restore and log, and of opening registries made by other
/// versions of ladder.
@Suite struct ReliabilityCommandTests {
    static let a = "91360722MA35G1YK7R", b = "9136060006346630XD"

    /// A registry with firm A certified GR202336000123.
    static func prepared() throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        for args in [["init"], ["add", a, "--name", "甲公司"],
                     ["certify", a, "--number", "GR202336000123", "--issued", "2023-11-22", "--override", "省认定名单"]] {
            let run = try LadderRun.run(args, db: db)
            #expect(run.status == 0, "\(args): \(run.stderr)")
        }
        return (dir, db)
    }

    /// Raw SQL on the registry file, going around ladder.
    static func plant(_ db: String, _ sql: String) throws {
        try Registry.open(path: db).writer.writeWithoutTransaction { try $0.execute(sql: sql) }
    }

    @Test func backupAndRestore() throws {
        let (dir, db) = try ReliabilityCommandTests.prepared()
        let copy = dir.path("copy.sqlite")
        let verified = try LadderRun.run(["verify"], db: db)
        #expect(verified.status == 0)
        #expect(verified.stdout == "registry verified: 1 enterprises, 1 events, 0 problems\n")

        let backup = try LadderRun.run(["backup", copy], db: db)
        #expect(backup.stdout == "backed up \(db) to \(copy): 1 enterprises, 1 events\n")
        let again = try LadderRun.run(["backup", copy], db: db)
        #expect(again.status == 1)
        #expect(again.stderr == "ladder: \(copy) already exists; give another path, or say to replace it (--force)\n")
        #expect(try LadderRun.run(["backup", copy, "--force"], db: db).status == 0)

        #expect(try LadderRun.run(["add", ReliabilityCommandTests.b, "--name", "乙公司"], db: db).status == 0)
        let restored = try LadderRun.run(["restore", copy], db: db)
        #expect(restored.status == 0, "\(restored.stderr)")
        let prefix = "restored \(db) from \(copy): 1 enterprises, 1 events; the registry as it was is kept as \(dir.path("r.before-restore-"))"
        #expect(restored.stdout.hasPrefix(prefix))
        let kept = String(restored.stdout.components(separatedBy: "kept as ").last!.dropLast())
        #expect(try Registry.open(path: kept).counts().enterprises == 2)
        #expect(try LadderRun.run(["verify"], db: db).stdout == "registry verified: 1 enterprises, 1 events, 0 problems\n")

        let missing = try LadderRun.run(["restore", dir.path("nothing.sqlite")], db: db)
        #expect(missing.status == 1)
        #expect(missing.stderr == "ladder: \(dir.path("nothing.sqlite")) is not a ladder registry (no such file); "
            + "give a registry file, or a backup of one (made by `ladder init` or `ladder backup`)\n")
    }

    @Test func verifyPrintsEachProblemAndFails() throws {
        let (dir, db) = try ReliabilityCommandTests.prepared()
        defer { _ = dir }
        // Dated after the registry's own records, so that only the planted damage is found.
        try ReliabilityCommandTests.plant(db, """
            DROP TRIGGER event_is_append_only_update;
            INSERT INTO event (enterprise_id, kind, effective_on, target_id, ground, reason, recorded_at, operator, command)
            VALUES (1, 'revoke', '2025-07-01', 1, 'other', 'x', '2099-07-01T00:00:00.000000Z', 'sql', 'sqlite3');
            INSERT INTO event (enterprise_id, kind, effective_on, target_id, reason, recorded_at, operator, command)
            VALUES (1, 'void', '2025-07-01', 1, 'x', '2099-07-01T00:00:00.000000Z', 'sql', 'sqlite3');
            INSERT INTO event (enterprise_id, kind, effective_on, target_id, reason, recorded_at, operator, command)
            VALUES (1, 'void', '2025-07-01', 3, 'x', '2099-07-01T00:00:00.000000Z', 'sql', 'sqlite3');
            """)
        let run = try LadderRun.run(["verify"], db: db)
        #expect(run.status == 1)
        #expect(run.stdout == """
            trigger: event_is_append_only_update is missing, so rows of event can be changed or deleted in place; \
            recreate it from schema.sql or restore the last good backup
            void-target: void #4 targets event #3, which is itself a void; it was written around ladder: find its \
            source with `ladder log`

            """)
        #expect(run.stderr == "ladder: \(db) has 2 problem(s) (1 enterprises, 4 events)\n")
    }

    @Test func logListsWhoRecordedWhat() throws {
        let (dir, db) = try ReliabilityCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["log", "--format", "csv"], db: db)
        let lines = run.stdout.split(separator: "\n").map { $0.split(separator: ",", maxSplits: 1).last.map(String.init) ?? "" }
        #expect(lines == [
            "operator,client,record,credit_code,what,source",
            "e2e,,enterprise,91360722MA35G1YK7R,registered 甲公司,ladder add",
            "e2e,,event,91360722MA35G1YK7R,#1 certify: 高企 GR202336000123,ladder certify 91360722MA35G1YK7R --number "
                + "GR202336000123 --issued 2023-11-22 --override 省认定名单",
        ])
        let nobody = try LadderRun.run(["log", "--operator", "nobody", "--format", "json"], db: db)
        #expect(nobody.stdout == "[\n]\n")
        let later = try LadderRun.run(["log", "--since", "2999-01-01", "--format", "ndjson"], db: db)
        #expect(later.stdout == "\n")
    }

    @Test func newerRegistryIsRefused() throws {
        let (dir, db) = try ReliabilityCommandTests.prepared()
        defer { _ = dir }
        try ReliabilityCommandTests.plant(db, "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
        let run = try LadderRun.run(["show", ReliabilityCommandTests.a], db: db)
        #expect(run.status == 1)
        #expect(run.stderr == "ladder: \(db) was made by a newer ladder (schema v99, this ladder knows up to v11); upgrade ladder\n")
    }

    @Test func olderRegistryIsUpgradedOnceAndSaysSo() throws {
        let (dir, db) = try ReliabilityCommandTests.prepared()
        // Back to schema v1: without the tables v2 added.
        try ReliabilityCommandTests.plant(db, """
            DROP TABLE fact; DROP TABLE batch_void; DROP TABLE policy;
            DELETE FROM grdb_migrations WHERE identifier = 'v2';
            """)
        let first = try LadderRun.run(["show", ReliabilityCommandTests.a, "--format", "json"], db: db)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.hasPrefix("note: upgraded \(db) from schema v1 to v11; the v1 registry was kept as "
            + dir.path("r.backup-v1-")))
        #expect(first.stderr.hasSuffix(".sqlite\n"))
        let second = try LadderRun.run(["show", ReliabilityCommandTests.a, "--format", "json"], db: db)
        #expect(second.stderr == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { $0.contains("backup") }.count == 1)
        #expect(try LadderRun.run(["verify"], db: db).stdout == "registry verified: 1 enterprises, 1 events, 0 problems\n")
    }
}
