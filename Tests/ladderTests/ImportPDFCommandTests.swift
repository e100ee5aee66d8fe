import Foundation
import LadderKit
import Testing

/// `ladder import LIST.pdf` through the built binary (pdftotext from poppler-utils, which
/// scripts/test.sh installs): what is recorded, what a dry run shows, and the refusals.
@Suite struct ImportPDFCommandTests {
    /// A fixture of the PDF reader's tests, `Tests/LadderKitTests/Fixtures/pdf/NAME`.
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("LadderKitTests/Fixtures/pdf/\(name)").path
    }

    static let list = fixture("reportlab-hnte-list-wrapped-top-aligned.pdf")

    @Test func anHnteListRecordsItsFirmsAndCertificates() throws {
        let (dir, db, _) = try ImportCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["import", Self.list, "--as", "hnte-list", "--effective", "2025-10-28",
                                     "--format", "json", "--silent"], db: db)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try ImportCommandTests.json(run)
        #expect(json["encoding"] as? String == "pdf")
        #expect(ImportCommandTests.counts(json) == ["rows": 6, "new_enterprises": 6, "updated_enterprises": 0,
                                                    "new_events": 6, "new_facts": 0, "unchanged": 0, "rejected": 0])
        let registry = try Registry.open(path: db)
        // Row 3's name wrapped onto two more lines in the PDF: recorded whole.
        let wrapped = try registry.profile(of: "91360100696254841Y", asOf: Day(iso: "2025-11-01")!)
        #expect(wrapped.name == "安义恒峰铜材有限公司南昌高新技术产业开发区艾溪湖创新创业园分公司")
        #expect(wrapped.position == .hnte)
        let certificate = try #require(wrapped.qualifications.first?.qualification)
        #expect(certificate.number == "GR202536000203")
        #expect(certificate.start == Day(iso: "2025-10-28")!)
        #expect(certificate.end == Day(iso: "2028-10-28")!)
        let last = try registry.profile(of: "913606022610230324", asOf: Day(iso: "2025-11-01")!)
        #expect(last.name == "鹰潭江佳宏新能源有限公司")
        #expect(last.qualifications.first?.qualification.number == "GR202536000206")
    }

    /// The province's layout: a title above the header, a second page repeating it, a 合计 line below.
    @Test func aTitledListOfTwoPagesKeepsItsTitleAndSkipsItsFooter() throws {
        let (dir, db, _) = try ImportCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["import", Self.fixture("libreoffice-hnte-list-two-pages.pdf"), "--as", "hnte-list",
                                     "--effective", "2025-10-28", "--format", "json", "--silent"], db: db)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try ImportCommandTests.json(run)
        #expect(json["title"] as? String == "江西省2025年第一批认定报备高新技术企业名单")
        #expect(json["header_row"] as? Int == 2)
        #expect(ImportCommandTests.counts(json) == ["rows": 11, "new_enterprises": 11, "updated_enterprises": 0,
                                                    "new_events": 11, "new_facts": 0, "unchanged": 0, "rejected": 0])
        let wrapped = try Registry.open(path: db).profile(of: "913604001314866531", asOf: Day(iso: "2025-11-01")!)
        #expect(wrapped.name == "江西恒邦光电科技有限公司九江经济技术开发区光电产业园分公司")
        let batches = try LadderRun.run(["batches", "--format", "csv"], db: db)
        #expect(batches.stdout.contains("江西省2025年第一批认定报备高新技术企业名单"))
    }

    @Test func aDryRunPrintsEveryRowAsReadAndWritesNothing() throws {
        let (dir, db, _) = try ImportCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["import", Self.list, "--as", "hnte-list", "--effective", "2025-10-28", "--dry-run",
                                     "--silent"], db: db)
        #expect(run.status == 0, "\(run.stderr)")
        let shown = run.stdout.components(separatedBy: "rows as read").last ?? ""
        #expect(shown == """
             (compare them with the PDF before importing it without --dry-run):
            row  outcome  cells as read
            ───  ───────  ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
              1  header   序号  统一社会信用代码    企业名称                                                          证书编号        所属地区
              2  ok       1     91360112MA3GLQ0A40  南昌豫赣锂业股份有限公司                                          GR202536000201  南昌市
              3  ok       2     91360602MA3Q0H862L  鹰潭蓝航机电科技有限公司                                          GR202536000202  鹰潭市
              4  ok       3     91360100696254841Y  安义恒峰铜材有限公司南昌高新技术产业开发区艾溪湖创新创业园分公司  GR202536000203  南昌市
              5  ok       4     91360429551177574T  江西汇旭新能源有限公司                                            GR202536000204  九江市
              6  ok       5     91361181406100300J  德兴云舟知识产权服务股份有限公司                                  GR202536000205  上饶市
              7  ok       6     913606022610230324  鹰潭江佳宏新能源有限公司                                          GR202536000206  鹰潭市

            """)
        #expect(try Registry.open(path: db).importBatches().isEmpty)
    }

    struct RefusalCase: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        var environment: [String: String] = [:]
        let status: Int32
        let message: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        RefusalCase(name: "pdftotext missing", file: "reportlab-hnte-list-wrapped-top-aligned.pdf",
                    environment: ["LADDER_PDFTOTEXT": "/nonexistent/pdftotext"], status: 1,
                    message: "ladder: reading a PDF needs pdftotext (poppler), which was not found "
                        + "(/nonexistent/pdftotext); install it with `apt-get install poppler-utils` (or set "
                        + "LADDER_PDFTOTEXT to its path), or save the list as .xlsx\n"),
        RefusalCase(name: "a scan", file: "scanned-list-no-text.pdf", status: 65,
                    message: "ladder: this PDF has no text, only pictures (a scan?), so nothing can be read from it "
                        + "without guessing; type the list into Excel or run OCR on it, check the result against the "
                        + "paper, and import that\n"),
    ])
    func refuses(_ c: RefusalCase) throws {
        let (dir, db, _) = try ImportCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["import", Self.fixture(c.file), "--as", "hnte-list", "--effective", "2025-10-28",
                                     "--silent"], db: db, environment: c.environment)
        #expect(run.status == c.status)
        #expect(run.stdout == "")
        #expect(run.stderr == c.message)
        #expect(try Registry.open(path: db).importBatches().isEmpty)
    }
}
