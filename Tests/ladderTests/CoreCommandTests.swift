import Foundation
import Testing

/// End-to-end runs of the built binary: each command, each refusal, exit codes and the database after.
@Suite struct CoreCommandTests {
    static let a = "91360722MA35G1YK7R", b = "9136060006346630XD"

    /// A registry with firm A certified GR202336000123 on 2023-11-22.
    static func prepared() throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        for args in [["init"], ["add", a, "--name", "信丰众城矿业有限公司", "--founded", "2015-12-01", "--field", "新材料"],
                     ["certify", a, "--number", "GR202336000123", "--issued", "2023-11-22", "--document", "赣高企认办〔2023〕5号",
                      "--override", "省认定名单"]] {
            let run = try LadderRun.run(args, db: db)
            #expect(run.status == 0, "\(args): \(run.stderr)")
        }
        return (dir, db)
    }

    struct CommandCase: CustomTestStringConvertible, Sendable {
        let args: [String]
        let stdout: String
        var testDescription: String { args.prefix(2).joined(separator: " ") }
    }

    @Test(arguments: [
        CommandCase(args: ["admit", a, "--number", "2024360722A0000001", "--effective", "2024/5/6", "--override", "入库公告"],
                    stdout: "recorded event #2: admit 科小 2024360722A0000001 (2024), effective 2024-05-06\n"),
        CommandCase(args: ["select", a, "--tier", "growth", "--category", "gazelle", "--year", "2025",
                           "--effective", "2025-07-01", "--override", "省名单"],
                    stdout: "recorded event #2: select growth 2025 gazelle 瞪羚, effective 2025-07-01\n"),
        CommandCase(args: ["revoke", a, "--tier", "hnte", "--effective", "2025-03-01", "--ground", "accident",
                           "--reason", "重大安全事故"],
                    stdout: "recorded event #2: revoke ends #1 (accident): 重大安全事故, effective 2025-03-01\n"),
        CommandCase(args: ["rename", a, "--name", "江西众城新材料有限公司", "--effective", "2025-03-01"],
                    stdout: "recorded event #2: rename → 江西众城新材料有限公司, effective 2025-03-01\n"),
        CommandCase(args: ["relocate", a, "--region", "360112", "--zone", "ganjiang", "--effective", "2025-06-01"],
                    stdout: "recorded event #2: relocate → 360112 新建区 (赣江新区), effective 2025-06-01\n"),
        CommandCase(args: ["void", "1", "--reason", "录入错误"], stdout: "recorded event #2: voided event #1\n"),
        CommandCase(args: ["certify", a, "--number", "GR202336000123", "--issued", "2023-11-22"],
                    stdout: "already recorded as event #1 (certify, effective 2023-11-22); nothing written\n"),
        CommandCase(args: ["rename", a, "--name", "信丰众城矿业有限公司", "--effective", "2025-01-01"],
                    stdout: "already recorded: 91360722MA35G1YK7R is named '信丰众城矿业有限公司' on that day; nothing written\n"),
        CommandCase(args: ["relocate", a, "--region", "360722", "--effective", "2025-01-01"],
                    stdout: "already recorded: 91360722MA35G1YK7R is in 360722 信丰县 on that day; nothing written\n"),
        CommandCase(args: ["add", a, "--name", "信丰众城矿业有限公司"],
                    stdout: "already recorded: 91360722MA35G1YK7R is registered as '信丰众城矿业有限公司'; nothing written "
                        + "(a new name or place is recorded as a rename or a relocation)\n"),
        CommandCase(args: ["add", b, "--name", "鹰潭市信江海融小额贷款股份有限公司"],
                    stdout: "added 鹰潭市信江海融小额贷款股份有限公司 (9136060006346630XD) in 360600 鹰潭市 · 鹰潭市\n"),
    ])
    func commandSucceeds(_ c: CommandCase) throws {
        let (dir, db) = try CoreCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(c.args, db: db)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == c.stdout)
        #expect(run.stderr == "")
    }

    struct RefusalCase: CustomTestStringConvertible, Sendable {
        let args: [String]
        let status: Int32
        let stderr: String
        var testDescription: String { args.prefix(2).joined(separator: " ") + " → \(status)" }
    }

    @Test(arguments: [
        RefusalCase(args: ["certify", b, "--number", "GR202336000999", "--issued", "2023-11-22"], status: 1,
                    stderr: "ladder: no enterprise '9136060006346630XD' in the registry; add it first with "
                        + "`ladder add CODE --name NAME`\n"),
        RefusalCase(args: ["revoke", a, "--tier", "hnte", "--effective", "2026-11-23", "--reason", "x"], status: 1,
                    stderr: "ladder: 91360722MA35G1YK7R holds no valid hnte (高新技术企业) on 2026-11-23: "
                        + "GR202336000123 ended on 2026-11-22; nothing to revoke\n"),
        RefusalCase(args: ["revoke", a, "--tier", "hnte", "--effective", "2023-11-01", "--reason", "x"], status: 1,
                    stderr: "ladder: the effective day 2023-11-01 is before hnte GR202336000123 started (2023-11-22); "
                        + "give a day on or after 2023-11-22\n"),
        RefusalCase(args: ["void", "7", "--reason", "x"], status: 1,
                    stderr: "ladder: no event #7; list a firm's events with `ladder show CODE`\n"),
        RefusalCase(args: ["show", "没有这家公司"], status: 1,
                    stderr: "ladder: no enterprise '没有这家公司' in the registry; add it first with `ladder add CODE --name NAME`\n"),
        RefusalCase(args: ["show", "91350100M000100Y4Z"], status: 65,
                    stderr: "ladder: '91350100M000100Y4Z' has check character 'Z', expected '3'\n"),
    ])
    func refusalWritesNothing(_ c: RefusalCase) throws {
        let (dir, db) = try CoreCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(c.args, db: db)
        #expect(run.status == c.status)
        #expect(run.stderr == c.stderr)
        #expect(run.stdout == "")
        let json = try LadderRun.run(["show", CoreCommandTests.a, "--format", "json"], db: db)
        #expect(json.stdout.components(separatedBy: "\"kind\": ").count - 1 == 1, "still exactly one event")
    }

    @Test func certificateHeldByAnotherFirmIsRefused() throws {
        let (dir, db) = try CoreCommandTests.prepared()
        defer { _ = dir }
        _ = try LadderRun.run(["add", CoreCommandTests.b, "--name", "乙公司"], db: db)
        let run = try LadderRun.run(["certify", CoreCommandTests.b, "--number", "GR202336000123", "--issued", "2023-11-22",
                                     "--override", "x"], db: db)
        #expect(run.status == 1)
        #expect(run.stderr == "ladder: number GR202336000123 is already held by 信丰众城矿业有限公司 (91360722MA35G1YK7R); "
            + "check the number, or void that record first if it was wrong\n")
    }

    @Test func voidingTwiceSaysAlreadyRecorded() throws {
        let (dir, db) = try CoreCommandTests.prepared()
        defer { _ = dir }
        #expect(try LadderRun.run(["void", "1", "--reason", "x"], db: db).status == 0)
        let again = try LadderRun.run(["void", "1", "--reason", "x"], db: db)
        #expect(again.status == 0)
        #expect(again.stdout == "already recorded: event #1 was voided by event #2; nothing written\n")
        let ofVoid = try LadderRun.run(["void", "2", "--reason", "x"], db: db)
        #expect(ofVoid.stderr == "ladder: event #2 is itself a void and cannot be voided; record the original event again instead\n")
    }

    @Test func invalidCodeArgumentIsAUsageError() throws {
        let (dir, db) = try CoreCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["add", "91350100M000100Y4Z", "--name", "x"], db: db)
        #expect(run.status == 64)
        #expect(run.stderr.contains("'91350100M000100Y4Z' has check character 'Z', expected '3'"))
    }

    @Test func showJSONOnTheLastValidDayAndAfter() throws {
        let (dir, db) = try CoreCommandTests.prepared()
        defer { _ = dir }
        let last = try LadderRun.run(["show", CoreCommandTests.a, "--as-of", "2026-11-22", "--format", "json"], db: db)
        let json = try #require(JSONSerialization.jsonObject(with: Data(last.stdout.utf8)) as? [String: Any])
        #expect(json["credit_code"] as? String == CoreCommandTests.a)
        #expect(json["name"] as? String == "信丰众城矿业有限公司")
        #expect(json["position"] as? String == "hnte")
        let q = try #require((json["qualifications"] as? [[String: Any]])?.first)
        #expect(q["tier"] as? String == "hnte")
        #expect(q["number"] as? String == "GR202336000123")
        #expect(q["start"] as? String == "2023-11-22")
        #expect(q["end"] as? String == "2026-11-22")
        #expect(q["status"] as? String == "valid")
        let next = try LadderRun.run(["show", CoreCommandTests.a, "--as-of", "2026-11-23", "--format", "json"], db: db)
        let nextJSON = try #require(JSONSerialization.jsonObject(with: Data(next.stdout.utf8)) as? [String: Any])
        #expect(nextJSON["position"] is NSNull)
        #expect((nextJSON["qualifications"] as? [[String: Any]])?.first?["status"] as? String == "expired")
    }

    @Test func knownAtReproducesTheAnswerBeforeAVoid() throws {
        let (dir, db) = try CoreCommandTests.prepared()
        defer { _ = dir }
        let before = try LadderRun.run(["show", CoreCommandTests.a, "--as-of", "2025-01-01", "--format", "json"], db: db)
        let recordedAt = try #require((try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])?["known_at"] as? String)
        _ = try LadderRun.run(["void", "1", "--reason", "录入错误"], db: db)
        let now = try LadderRun.run(["show", CoreCommandTests.a, "--as-of", "2025-01-01", "--format", "json"], db: db)
        #expect(now.stdout.contains("\"position\": null"))
        let then = try LadderRun.run(["show", CoreCommandTests.a, "--as-of", "2025-01-01", "--known-at", recordedAt,
                                      "--format", "json"], db: db)
        #expect(then.stdout.contains("\"position\": \"hnte\""))
    }

    @Test func missingRegistrySaysHowToCreateOne() throws {
        let dir = try TemporaryDirectory()
        let run = try LadderRun.run(["show", CoreCommandTests.a], db: dir.path("none.sqlite"))
        #expect(run.status == 1)
        #expect(run.stderr.contains("no registry at \(dir.path("none.sqlite")); create one with `ladder init"))
    }
}
