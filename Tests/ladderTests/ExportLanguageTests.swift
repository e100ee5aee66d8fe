import Foundation
import Testing

/// `ladder export`'s CSV is read by programs and by `ladder import`: its headers are the snake_case
/// keys in both languages (the import reads `credit_code`, `name` and `county` but has no Chinese
/// twin for `city`, `number`, `start` or `end` to be swapped with, so they cannot follow the
/// language). Exported in Chinese and in English, the files are the same bytes and import back into
/// fresh registries with the same figures.
@Suite struct ExportLanguageTests {
    static let days = ["--as-of", "2024-07-01", "--known-at", "2024-12-31"]

    @Test func aCSVExportedInEitherLanguageImportsBackAlike() throws {
        let directory = try TemporaryDirectory()
        let db = try StatisticsCommandTests.registryFile(in: directory)
        var files: [String: Data] = [:]
        var figures: [String: String] = [:]
        for language in ["zh", "en"] {
            let file = directory.path("export-\(language).csv")
            let export = try LadderRun.run(["export", "--tier", "hnte", "--out", file] + Self.days, db: db,
                                           environment: ["LADDER_LANG": language])
            #expect(export.status == 0, "\(export.stderr)")
            files[language] = try Data(contentsOf: URL(fileURLWithPath: file))

            let fresh = directory.path("fresh-\(language).sqlite")
            #expect(try LadderRun.run(["init"], db: fresh).status == 0)
            let imported = try LadderRun.run(["import", file], db: fresh, environment: ["LADDER_LANG": language])
            #expect(imported.status == 0, "\(imported.stderr)")
            // A roster of the firms where they are (the import has no field for city, number, start or
            // end: the workbook, with the lists' Chinese headers, is the export that imports back as a list).
            let stats = try LadderRun.run(["stats", "--by", "tier", "--format", "csv", "--as-of", "2024-07-01"], db: fresh)
            #expect(stats.status == 0, "\(stats.stderr)")
            let find = try LadderRun.run(["find", "公司", "--format", "csv"], db: fresh)
            figures[language] = stats.stdout + find.stdout
        }
        let csv = String(decoding: try #require(files["zh"]).dropFirst(3), as: UTF8.self)
        #expect(csv == "credit_code,name,city,county,number,start,end\n"
            + "914403001922038216,甲公司,南昌市,青山湖区,GR202336000001,2023-11-22,2026-11-22\n"
            + "91360722MA35G1YK7R,丙公司,赣州市,章贡区,GR202336000003,2023-11-22,2026-11-22\n")
        #expect(files["zh"] == files["en"])
        #expect(figures["zh"] == figures["en"])
        #expect(figures["zh"]?.contains("甲公司") == true)
    }

    /// The workbook carries the lists' own headers (in Chinese) or the import's English spellings:
    /// either imports into a fresh registry as a 高企 list, with the same figures as the registry it
    /// came from.
    @Test(arguments: ["zh", "en"])
    func theWorkbookImportsBackAsAList(_ language: String) throws {
        let directory = try TemporaryDirectory()
        let db = try StatisticsCommandTests.registryFile(in: directory)
        let workbook = directory.path("hnte.xlsx")
        let chosen = ["LADDER_LANG": language]
        #expect(try LadderRun.run(["export", "--tier", "hnte", "--out", workbook] + Self.days, db: db, environment: chosen).status == 0)
        let fresh = directory.path("fresh.sqlite")
        #expect(try LadderRun.run(["init"], db: fresh).status == 0)
        let imported = try LadderRun.run(["import", workbook], db: fresh, environment: chosen)
        #expect(imported.status == 0, "\(imported.stderr)")
        let stats = ["stats", "--by", "tier", "--format", "csv", "--as-of", "2024-07-01"]
        let before = try LadderRun.run(stats, db: db), after = try LadderRun.run(stats, db: fresh)
        #expect(after.stdout == before.stdout)
        #expect(after.stdout.contains("hnte,高新技术企业,2,2"))
    }
}
