import Foundation
import Testing

/// An output name whose extension the command does not write is refused before anything is
/// written, naming the formats it does write; a name without an extension is accepted.
@Suite struct OutputRefusalTests {
    struct OutCase: CustomTestStringConvertible, Sendable {
        let args: [String]
        let stderr: String
        var testDescription: String { args.joined(separator: " ") }
    }

    @Test(arguments: [
        OutCase(args: ["export", "--tier", "hnte", "--out", "x.xls"],
                stderr: "--out x.xls: ladder does not write .xls files here; give a name ending in .csv, .json or .xlsx"),
        OutCase(args: ["export", "--tier", "hnte", "--out", "名单.DOC"],
                stderr: "--out 名单.DOC: ladder does not write .doc files here; give a name ending in .csv, .json or .xlsx"),
        OutCase(args: ["report", "--out", "r.pdf"],
                stderr: "--out r.pdf: ladder does not write .pdf files here; give a name ending in .html or .htm"),
        OutCase(args: ["sample", "--out", "roster.xlsx"],
                stderr: "--out roster.xlsx: ladder does not write .xlsx files here; give a name ending in .csv or .txt"),
    ])
    func anExtensionTheCommandDoesNotWriteIsRefused(_ c: OutCase) throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let args = c.args.map { $0.contains(".") && !$0.hasPrefix("-") ? dir.path($0) : $0 }
        let run = try LadderRun.run(args, db: db)
        #expect(run.status == 64)
        let name = c.stderr.prefix { $0 != ":" }.dropFirst("--out ".count)
        #expect(run.stderr.hasPrefix("Error: --out \(dir.path(String(name)))" + c.stderr.drop { $0 != ":" } + "\n"),
                "\(run.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: dir.path("")).filter { !$0.hasPrefix("r.sqlite") }
        #expect(written == [])
    }

    @Test func aNameWithoutAnExtensionFollowsTheFormat() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let run = try LadderRun.run(["export", "--tier", "hnte", "--as-of", "2025-01-01", "--out", dir.path("名单")], db: db)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path("名单")))
    }
}
