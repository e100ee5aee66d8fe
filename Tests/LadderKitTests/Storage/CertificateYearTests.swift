import Testing
@testable import LadderKit

/// A certificate number carries the year it was certified in: an issue day in an earlier year is
/// refused by `certify` and rejected on import, and so is one more than a year later (a GR2025 number
/// issued in 2052); the number's year and the next are accepted.
@Suite struct CertificateYearTests {
    static func message(_ issued: String) -> String {
        "GR202436099124 is a 2024 certificate number, but the issue day given is \(issued); a 2024 certificate is "
            + "issued in 2024 or 2025: check the number or the day"
    }

    @Test(arguments: [("2023-12-31", false), ("2024-01-01", true), ("2025-01-10", true), ("2025-12-31", true),
                      ("2026-01-01", false), ("2052-06-01", false)])
    func anIssueDayBeforeTheNumbersYearIsRefused(issued: String, accepted: Bool) throws {
        let r = try Registry.inMemory()
        _ = try r.add(Codes.a, name: "甲公司", context: context("2025-01-01T00:00:00Z"))
        let certify = { try r.certify(Codes.a, number: CertificateNumber(trusted: "GR202436099124"), issued: day(issued),
                                      context: context("2025-02-01T00:00:00Z")) }
        if accepted {
            _ = try certify()
        } else {
            #expect(throws: RegistryError.badIssueDay(CertificateYearTests.message(issued))) { _ = try certify() }
        }
    }

    @Test func anImportedRowWithSuchADayIsRejected() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        _ = try registry.add(Codes.a, name: "甲公司", context: context("2025-01-01T00:00:00Z"))
        let path = try scratch.write("list.csv", "统一社会信用代码,企业名称,证书编号,发证日期\n\(Codes.a.text),甲公司,GR202436099124,2023-12-31\n")
        let report = try importFile(path, into: registry)
        #expect(report.issues == [rejected(2, "发证日期", "2023-12-31", CertificateYearTests.message("2023-12-31"))])
    }
}
