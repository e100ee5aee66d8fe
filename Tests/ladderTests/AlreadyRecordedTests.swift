import Foundation
import Testing

/// Every write that finds its record already there exits 0 and says so the same way.
@Suite struct AlreadyRecordedTests {
    @Test func aRepeatedWriteSaysAlreadyRecorded() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        let a = "91360722MA35G1YK7R"
        for args in [["init"], ["add", a, "--name", "甲公司"], ["facts", "set", a, "--year", "2024", "--employees", "120"],
                     ["targets", "set", "hnte", "10000", "--due", "2025-12-31"]] {
            #expect(try LadderRun.run(args, db: db).status == 0, "\(args)")
        }
        let cases: [([String], String)] = [
            (["facts", "set", a, "--year", "2024", "--employees", "120"],
             "already recorded: the same facts of \(a) for 2024 are on file; nothing written\n"),
            (["targets", "set", "hnte", "10000", "--due", "2025-12-31"],
             "already recorded: target #1 is 10000 hnte (高新技术企业) in 江西省 by 2025-12-31; nothing written\n"),
            (["add", a, "--name", "甲公司"],
             "already recorded: \(a) is registered as '甲公司'; nothing written (a new name or place is recorded as a "
                + "rename or a relocation)\n"),
        ]
        for (args, stdout) in cases {
            let run = try LadderRun.run(args, db: db)
            #expect(run.status == 0, "\(args): \(run.stderr)")
            #expect(run.stdout == stdout)
        }
        // A different count for the same tier and region is a new target, not a repeat.
        let changed = try LadderRun.run(["targets", "set", "hnte", "10500", "--due", "2025-12-31"], db: db)
        #expect(changed.stdout == "recorded target #2: 10500 hnte (高新技术企业) in 江西省 by 2025-12-31\n")
    }
}
