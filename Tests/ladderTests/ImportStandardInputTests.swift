import Foundation
import Testing

/// `ladder import -` reads standard input: the batch records the bytes actually read under the
/// name `stdin`, and its rejects and problems go to the current folder.
@Suite struct ImportStandardInputTests {
    @Test func standardInputImportsAsAFileNamedStdin() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let csv = "统一社会信用代码,企业名称\n91360722MA35G1YK7R,甲公司\n91350100M000100Y4Z,乙公司\n"
        let run = try LadderRun.run(["import", "-", "--silent", "--format", "json"], db: db, stdin: Data(csv.utf8),
                                    directory: dir.path(""))
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["file"] as? String == "stdin")
        #expect(json["new_enterprises"] as? Int == 1)
        #expect(json["rejected"] as? Int == 1)
        // 96 bytes read; the rejected row waits in the current folder.
        let batches = try LadderRun.run(["batches", "--format", "csv"], db: db)
        #expect(batches.stdout.contains("\n1,stdin,96,roster,utf-8,9ea12d5b1fa2cb53f314d7ebad51779e4720841d705498a745c36687a158f761,"))
        #expect(FileManager.default.fileExists(atPath: dir.path("stdin.rejects.csv")))
        #expect(FileManager.default.fileExists(atPath: dir.path("stdin.problems.csv")))
    }

    @Test func standardInputIsReadOnce() throws {
        let dir = try TemporaryDirectory()
        let run = try LadderRun.run(["import", "-", "-"], db: dir.path("r.sqlite"))
        #expect(run.status == 64)
        #expect(run.stderr.contains("standard input (-) can be read once"))
    }
}
