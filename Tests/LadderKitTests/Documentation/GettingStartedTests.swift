import Foundation
import Testing
import LadderKit

/// The code of the DocC article `GettingStarted.md` and of the README's "Using the library", run as
/// written (a plain `import LadderKit`, public API only), so the documentation cannot rot.
@Suite struct GettingStartedTests {
    @Test func theArticleRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        // 1. Open (or create) a registry.
        let registry = try Registry.open(path: folder.appendingPathComponent("ladder.sqlite").path)
        let now = Moment(parsing: "2025-03-01T09:00:00+08:00", defaultOffsetSeconds: 8 * 3600)!
        let context = WriteContext(operatorName: "王芳", at: now, command: "getting-started")

        // 2. Import a roster.
        let roster = folder.appendingPathComponent("roster.csv")
        try """
            统一社会信用代码,企业名称,所属地区,成立日期,技术领域
            91360722MA35G1YK7R,信丰众城矿业有限公司,赣州市,2015-12-01,新材料
            9136060006346630XD,鹰潭市信江海融科技有限公司,鹰潭市,2012-05-20,电子信息

            """.write(to: roster, atomically: true, encoding: .utf8)
        let importer = Importer(registry: registry, options: ImportOptions(), context: context, clock: { now })
        let report = try importer.run(path: roster.path)
        #expect(report.newEnterprises == 2)

        // 3. Enter three years of facts, then certify: the 高企 rules are checked first.
        let code = try CreditCode("91360722MA35G1YK7R")
        for year in 2022...2024 {
            let facts = AnnualFacts(employees: 120, techStaff: 24, revenue: 40_000_000, totalAssets: 35_000_000,
                                    rdExpense: 2_400_000, rdExpenseInChina: 2_400_000, highTechIncome: 30_000_000,
                                    ip1: 2, innovationScore: 78, ownsCoreIP: true, majorAccident: false)
            _ = try registry.setFacts(code, year: year, facts: facts, context: context)
        }
        let certified = try registry.certify(code, number: CertificateNumber("GR202536000123"),
                                             issued: Day(iso: "2025-02-20")!, context: context)
        #expect(certified.event.kind == .certify)

        // 4. Count valid 高新技术企业 by city on a day.
        let byCity = try registry.stats(tier: .hnte, by: .city, asOf: Day(iso: "2025-12-31")!)
        #expect(byCity.rows.first { $0.name == "赣州市" }?.count == 1)
        #expect(byCity.rows.reduce(0) { $0 + $1.count } == 1)
    }

    @Test func theReadmeExampleRunsOnAFreshRegistry() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ladder.sqlite").path

        // As in README.md "Using the library" (the override stands in for the facts the rules need).
        let registry = try Registry.open(path: path)
        let context = WriteContext(operatorName: "王芳", at: Moment(secondsSince1970: Date().timeIntervalSince1970),
                                   command: "my-tool", document: "赣高企认办〔2024〕3号", override: "省认定名单")
        let code = try CreditCode("91360722MA35G1YK7R")
        _ = try registry.add(code, name: "信丰众城矿业有限公司", context: context)
        _ = try registry.certify(code, number: try CertificateNumber("GR202336000123"),
                                 issued: Day(iso: "2023-11-22")!, context: context)
        let byCity = try registry.stats(tier: .hnte, by: .city, asOf: Day(iso: "2025-12-31")!)
        let profile = try registry.profile(of: code.text, asOf: Day(iso: "2026-11-22")!)

        #expect(byCity.rows.first { $0.name == "赣州市" }?.count == 1)
        #expect(profile.qualifications.map(\.status) == [.valid])
    }
}
