import Foundation
import Testing
@testable import LadderKit

/// Several `ladder` processes writing one registry at once (four imports of hundreds of events,
/// registrations and promotions, and a loop of single-command promotions): each waits its turn,
/// every event is recorded exactly once. A writer that waits too long is told who holds the lock;
/// readers never wait.
@Suite struct ConcurrencyTests {
    /// A process running `ladder` or a shell loop of `ladder` commands, with the test's environment.
    static func start(_ executable: String, _ args: [String], db: String, log: String) throws -> ChildProcess {
        var env = ProcessInfo.processInfo.environment
        env["LADDER_LANG"] = "en"  // the expected texts are English
        env["LADDER_DB"] = db
        env["LADDER_OPERATOR"] = "concurrency"
        env["LADDER_BUSY_TIMEOUT"] = "120"
        env["LADDER"] = LadderRun.binary.path
        return try ChildProcess(executable, args, environment: env, stdout: .discard, stderr: .file(log))
    }

    /// A shell script that runs `commands` one after another and stops at the first failure.
    static func script(_ commands: [String]) -> String {
        "set -e\n" + commands.map { "\"$LADDER\" \($0) >/dev/null\n" }.joined()
    }

    @Test func concurrentWritersRecordEveryEventOnce() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        let code = ReliabilityRoster.code
        try ReliabilityRoster.write(ReliabilityRoster.csv(1...200), to: dir.path("base.csv"))
        try ReliabilityRoster.write(ReliabilityRoster.csv(1001...1300, tsmeYear: 2024), to: dir.path("a.csv"))
        try ReliabilityRoster.write(ReliabilityRoster.csv(2001...2300, hnte: true), to: dir.path("b.csv"))
        try ReliabilityRoster.write(ReliabilityRoster.csv(1...200, tsmeYear: 2025), to: dir.path("c.csv"))
        try ReliabilityRoster.write(ConcurrencyTests.script((1...50).map {
            "certify \(code($0, "360100")) --number GR202436\(String(format: "%06d", $0)) --issued 2024-11-20 --override 并发测试"
        }), to: dir.path("certify.sh"))
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        #expect(try LadderRun.run(["import", dir.path("base.csv"), "--silent"], db: db).status == 0)

        let ladder = LadderRun.binary.path
        let writers = [
            (ladder, ["import", dir.path("a.csv"), "--silent"]), (ladder, ["import", dir.path("b.csv"), "--silent"]),
            (ladder, ["import", dir.path("c.csv"), "--silent"]),
            (ladder, ["import", dir.path("base.csv"), "--as", "selection-list", "--tier", "growth", "--category", "gazelle",
                      "--year", "2025", "--effective", "2025-07-01", "--silent"]),
            ("/bin/sh", [dir.path("certify.sh")]),
        ]
        let processes = try writers.enumerated().map { n, writer in
            try ConcurrencyTests.start(writer.0, writer.1, db: db, log: dir.path("writer\(n).log"))
        }
        for (n, process) in processes.enumerated() {
            let ending = process.wait()
            let log = (try? String(contentsOfFile: dir.path("writer\(n).log"), encoding: .utf8)) ?? ""
            #expect(ending == .exited(0), "writer \(n): \(log)")
        }

        let registry = try Registry.open(path: db)
        // Each event as "#id kind: detail" from the log; without its id, what it recorded and for whom.
        let events = try registry.log().filter { $0.record == .event }
        let kinds = Dictionary(grouping: events) { $0.what.split(separator: " ")[1].dropLast() }.mapValues(\.count)
        #expect(kinds == ["admit": 500, "certify": 350, "select": 200])
        let recorded = events.map { "\($0.creditCode ?? "") \($0.what.drop(while: { $0 != " " }))" }
        #expect(Set(recorded).count == 1_050, "no event recorded twice")
        #expect(try registry.counts() == RegistryCounts(enterprises: 800, events: 1_050, facts: 0, batches: 5))
        #expect(try registry.verify() == [])
    }

    @Test func waitingWriterIsToldWhoHoldsTheLockAndReadersCarryOn() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        let a = "91360722MA35G1YK7R"
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        #expect(try LadderRun.run(["add", a, "--name", "甲公司"], db: db).status == 0)
        let importer = try Registry.open(path: db, options: OpenOptions(
            operatorName: "王芳", command: "ladder import roster.csv",
            clock: { Moment(parsing: "2025-06-01T02:02:17Z", defaultOffsetSeconds: 0)! }))
        try importer.writer.writeWithoutTransaction { connection in
            try connection.inTransaction(.immediate) {
                // An import batch is open and has written a rename nobody else may see yet.
                try connection.execute(sql: """
                    INSERT INTO import_batch (file_name, sha256, size_bytes, encoding, kind, operator, started_at)
                    VALUES ('roster.csv', '\(String(repeating: "0", count: 64))', 1, 'utf-8', 'roster', '王芳', 'x');
                    INSERT INTO event (enterprise_id, kind, effective_on, name, recorded_at, operator, batch_id)
                    VALUES (1, 'rename', '2025-06-01', '未提交的名字', 'x', '王芳', 1);
                    """)
                let refused = try LadderRun.run(["add", "9136060006346630XD", "--name", "乙公司"], db: db,
                                                environment: ["LADDER_BUSY_TIMEOUT": "0.3"])
                #expect(refused.status == 1)
                #expect(refused.stderr == "ladder: another ladder process holds the registry's write lock (pid \(getpid()), "
                    + "operator 王芳, `ladder import roster.csv`, since 10:02:17); try again when it finishes, or wait "
                    + "longer with $LADDER_BUSY_TIMEOUT\n")

                let shown = try LadderRun.run(["show", a, "--format", "json"], db: db)
                #expect(shown.status == 0, "\(shown.stderr)")
                #expect(shown.stdout.contains("\"name\": \"甲公司\""))
                #expect(!shown.stdout.contains("未提交的名字"))
                let verified = try LadderRun.run(["verify"], db: db)
                #expect(verified.stdout == "registry verified: 1 enterprises, 0 events, 0 problems\n")
                return .rollback
            }
        }
        #expect(!FileManager.default.fileExists(atPath: db + ".lock-holder"))
        #expect(try LadderRun.run(["add", "9136060006346630XD", "--name", "乙公司"], db: db).status == 0)
    }

    @Test func busyTimeoutMustBeSeconds() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let run = try LadderRun.run(["show", "91360722MA35G1YK7R"], db: db, environment: ["LADDER_BUSY_TIMEOUT": "ten"])
        #expect(run.status == 64)
        #expect(run.stderr == "ladder: $LADDER_BUSY_TIMEOUT is 'ten', not a number of seconds; e.g. LADDER_BUSY_TIMEOUT=60\n")
    }
}
