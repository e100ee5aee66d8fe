import Foundation
import Testing
@testable import LadderKit

/// `ladder import` killed with SIGKILL inside its transaction: the registry passes verify, the
/// batch is wholly present or wholly absent, and importing again completes with the right counts.
/// `scripts/crash-test.sh` runs the same loop at scale (20 kills of a 200,000-row import).
@Suite(.serialized) struct CrashTests {
    static let rows = 3_000
    static let empty = RegistryCounts(enterprises: 0, events: 0, facts: 0, batches: 0)
    static let full = RegistryCounts(enterprises: 3_000, events: 6_000, facts: 0, batches: 1)
    static let half = RegistryCounts(enterprises: 1_500, events: 3_000, facts: 0, batches: 1)

    /// `sqliteTemp`: where SQLite makes its temporary files (a first import's trigram index is built in one).
    static func start(_ args: [String], db: String, sqliteTemp: String) throws -> ChildProcess {
        var env = ProcessInfo.processInfo.environment
        env["LADDER_LANG"] = "en"  // the expected texts are English
        env["LADDER_DB"] = db
        env["LADDER_OPERATOR"] = "crash"
        env["SQLITE_TMPDIR"] = sqliteTemp
        return try ChildProcess(LadderRun.binary.path, args, environment: env, stdout: .discard, stderr: .discard)
    }

    /// Waits until the import's write transaction has begun (its lock-holder file appears).
    static func waitForTransaction(_ db: String, of process: ChildProcess) {
        while process.isRunning, !FileManager.default.fileExists(atPath: WriteLock.sidecarPath(ofRegistry: db)) {
            usleep(500)
        }
    }

    struct Kill: CustomStringConvertible {
        let name: String
        /// Fraction of a whole import's duration to wait after its transaction began.
        let after: Double
        /// The registry already holds the first half of the roster (no deferred indexes, per-row lookups).
        let prefilled: Bool
        var description: String { name }
    }

    @Test func killedImportIsAllOrNothing() throws {
        let dir = try TemporaryDirectory()
        let roster = dir.path("roster.csv"), firstHalf = dir.path("half.csv")
        try ReliabilityRoster.write(ReliabilityRoster.csv(1...CrashTests.rows, tsmeYear: 2024, hnte: true), to: roster)
        try ReliabilityRoster.write(ReliabilityRoster.csv(1...CrashTests.rows / 2, tsmeYear: 2024, hnte: true), to: firstHalf)

        let reference = dir.path("reference.sqlite")
        #expect(try LadderRun.run(["init"], db: reference).status == 0)
        let started = Date()
        #expect(try LadderRun.run(["import", roster, "--silent"], db: reference).status == 0)
        let duration = Date().timeIntervalSince(started)
        #expect(try Registry.open(path: reference).counts() == CrashTests.full)

        let kills = [Kill(name: "as the transaction begins", after: 0, prefilled: false),
                     Kill(name: "a third in", after: 0.3, prefilled: false),
                     Kill(name: "as it begins, into a filled registry", after: 0, prefilled: true),
                     Kill(name: "a third in, into a filled registry", after: 0.3, prefilled: true)]
        var outcomes: [String] = []
        for (n, kill) in kills.enumerated() {
            let db = dir.path("crash\(n).sqlite")
            #expect(try LadderRun.run(["init"], db: db).status == 0)
            if kill.prefilled { #expect(try LadderRun.run(["import", firstHalf, "--silent"], db: db).status == 0) }
            let before = kill.prefilled ? CrashTests.half : CrashTests.empty
            let after = kill.prefilled ? RegistryCounts(enterprises: 3_000, events: 6_000, facts: 0, batches: 2) : CrashTests.full

            let sqliteTemp = dir.path("sqlite-temp\(n)")
            try FileManager.default.createDirectory(atPath: sqliteTemp, withIntermediateDirectories: false)
            let process = try CrashTests.start(["import", roster, "--silent"], db: db, sqliteTemp: sqliteTemp)
            CrashTests.waitForTransaction(db, of: process)
            usleep(useconds_t(duration * kill.after * 1_000_000))
            process.send(SIGKILL)
            let killed = process.wait() == .signalled(SIGKILL)

            let registry = try Registry.open(path: db)
            #expect(try registry.verify() == [], "\(kill)")
            let counts = try registry.counts()
            #expect(counts == before || counts == after, "\(kill): \(counts)")
            outcomes.append(killed ? (counts == before ? "absent" : "present") : "finished")
            #expect(WriteLock.holder(ofRegistry: db) == nil, "a killed holder is not named")
            // SQLite deletes a temporary database's file as it opens it: a kill leaves none behind.
            #expect(try FileManager.default.contentsOfDirectory(atPath: sqliteTemp) == [], "\(kill)")

            let rerun = try LadderRun.run(["import", roster, "--silent"], db: db)
            #expect(rerun.status == 0, "\(kill): \(rerun.stderr)")
            var expected = after
            expected.batches = counts.batches + 1
            #expect(try registry.counts() == expected, "\(kill)")
            #expect(try registry.verify() == [], "\(kill)")
        }
        // Which way a later kill falls depends on the machine; one as the transaction begins is mid-transaction.
        #expect([outcomes[0], outcomes[2]] == ["absent", "absent"], "\(outcomes)")
    }
}
