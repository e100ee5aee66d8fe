import Foundation
import Testing

/// Paths that cannot serve: a folder or a roster given as the registry, an output file in a
/// folder that does not exist. Each is one `ladder:` line saying what to give instead.
@Suite struct PathErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let args: @Sendable (TemporaryDirectory) -> [String]
        let db: @Sendable (TemporaryDirectory) -> String
        let stderr: @Sendable (TemporaryDirectory) -> String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "a folder as the registry", args: { _ in ["stats"] }, db: { $0.url.path },
             stderr: { "ladder: \($0.url.path) is not a ladder registry (it is a folder; give the registry file in it, e.g. "
                 + "\($0.path("ladder.sqlite"))); give a registry file, or a backup of one (made by `ladder init` or `ladder backup`)\n" }),
        Case(name: "a roster as the registry", args: { _ in ["init"] }, db: { $0.path("roster.csv") },
             stderr: { "ladder: \($0.path("roster.csv")) is not a ladder registry (it is not an SQLite database); give a "
                 + "registry file, or a backup of one (made by `ladder init` or `ladder backup`)\n" }),
        Case(name: "an export into a missing folder", args: { ["export", "--tier", "hnte", "--out", $0.path("no/e.csv")] },
             db: { $0.path("r.sqlite") },
             stderr: { "ladder: cannot write \($0.path("no/e.csv")): the folder \($0.path("no")) does not exist; check the "
                 + "directory exists and is writable\n" }),
        Case(name: "a report onto a folder", args: { ["report", "--out", $0.url.path] }, db: { $0.path("r.sqlite") },
             stderr: { "ladder: cannot write \($0.url.path): it is a folder; give a file name in it; check the directory "
                 + "exists and is writable\n" }),
    ])
    func saysWhatToGiveInstead(_ c: Case) throws {
        let dir = try TemporaryDirectory()
        try Data("统一社会信用代码,企业名称\n".utf8).write(to: URL(fileURLWithPath: dir.path("roster.csv")))
        _ = try LadderRun.run(["init"], db: dir.path("r.sqlite"))
        let run = try LadderRun.run(c.args(dir), db: c.db(dir))
        #expect(run.status == 1)
        #expect(run.stderr == c.stderr(dir))
    }
}
