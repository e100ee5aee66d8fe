import Foundation
import Testing
@testable import LadderKit

/// A 3000-row roster from `gen_roster.py` with 5% injected faults, imported with `--year 2024`:
/// exactly the rows whose faults cannot be repaired are rejected, with their reasons, and every
/// repairable fault lands with its value normalised. The manifest (data row N is file row N + 1)
/// is the oracle; expected values are derived from it by the hand rules below, not by the importer.
@Suite struct ImportGeneratedRosterTests {
    /// `/work/shared/tools/gen_roster.py`, or `../shared/tools/gen_roster.py` beside the package (as on CI).
    static let generator: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = ["/work/shared/tools/gen_roster.py",
                          root.deletingLastPathComponent().appendingPathComponent("shared/tools/gen_roster.py").path]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }()

    struct Fault {
        let dataRow: Int
        let kind: String
        let column: String
        let value: String
        var fileRow: Int { dataRow + 1 }
    }

    /// Generates the file and its manifest, imports it, and hands both to `body`.
    static func generatedImport() throws -> (report: ImportReport, registry: Registry, rows: [[String]], faults: [Fault]) {
        let scratch = try ImportScratch()
        let out = scratch.path("roster.csv"), manifest = scratch.path("faults.csv")
        let process = try ChildProcess("/usr/bin/env", ["python3", generator!, "--rows", "3000", "--seed", "11",
                                                        "--bad-fraction", "0.05", "--manifest", manifest, "--out", out, "--quiet"])
        try #require(process.wait() == .exited(0), "gen_roster.py failed")
        let registry = try Registry.inMemory()
        let report = try importFile(out, into: registry) { $0.year = 2024 }
        let rows = SimpleCSV.parse(try scratch.read("roster.csv"))
        let faults = SimpleCSV.parse(try scratch.read("faults.csv")).dropFirst().map {
            Fault(dataRow: Int($0[0])!, kind: $0[1], column: $0[2], value: $0[3])
        }
        return (report, registry, rows, faults)
    }

    static let headers = ["统一社会信用代码", "企业名称", "所属地区", "行政区划代码", "成立日期", "所属行业/技术领域", "职工总数",
                          "科技人员数", "年销售收入(万元)", "资产总额(万元)", "研发费用(万元)", "高新技术产品收入(万元)",
                          "I类知识产权数", "II类知识产权数", "科技型中小企业入库编号", "高新技术企业证书编号", "发证日期", "备注"]

    @Test(.enabled(if: generator != nil,
                   "gen_roster.py is in neither /work/shared/tools nor ../shared/tools; the generated-roster test needs it"))
    func exactlyTheUnrepairableRowsAreRejectedAndEveryRepairLands() throws {
        let (report, registry, rows, faults) = try ImportGeneratedRosterTests.generatedImport()
        #expect(rows.first == ImportGeneratedRosterTests.headers)
        #expect(rows.count == 3001)
        #expect(faults.count == 143, "the generator's seed 11 output changed")
        let unrepairable = faults.filter {
            ["check_digit", "empty_name", "duplicate_code"].contains($0.kind) || ($0.kind == "money_text" && $0.value.contains("约"))
        }
        let identical = faults.filter { $0.kind == "duplicate_row" }
        #expect(report.rows == 3000)
        #expect(report.rejected == unrepairable.count)
        #expect(report.unchanged == identical.count)
        #expect(report.newEnterprises == 3000 - unrepairable.count - identical.count)

        // Exactly these rows, each with its reason.
        let errors = report.issues.filter { $0.severity == .error }
        let expected = unrepairable.map { fault in ImportGeneratedRosterTests.expectedRejection(fault, rows: rows) }
        #expect(errors == expected)

        // Warnings: exactly the Excel serials, with the day worked out from 1899-12-30.
        let serials = faults.filter { $0.kind == "date_format" && $0.value.allSatisfy(\.isASCIIDigit) }
        #expect(!serials.isEmpty)
        #expect(report.issues.filter { $0.severity == .warning } == serials.map { fault in
            warned(fault.fileRow, fault.column, fault.value, "'\(fault.value)' read as the Excel serial number of "
                + "\(HandRules.day(fault.value)); check the day")
        })

        // Every repairable fault lands with its value normalised by hand.
        let repairable = faults.filter { ["fullwidth_digits", "trailing_space", "date_format", "money_text"].contains($0.kind) }
            .filter { !($0.kind == "money_text" && $0.value.contains("约")) }
        #expect(Set(repairable.map(\.kind)) == ["fullwidth_digits", "trailing_space", "date_format", "money_text"])
        for fault in repairable {
            try ImportGeneratedRosterTests.verifyRepair(fault, row: rows[fault.dataRow], registry: registry)
        }
        // An identical repeated row is stored once.
        for fault in identical {
            #expect(try registry.count("enterprise", where: "credit_code = '\(fault.value)'") == 1)
        }
    }

    static func expectedRejection(_ fault: Fault, rows: [[String]]) -> ImportIssue {
        switch fault.kind {
        case "check_digit":
            let first17 = String(fault.value.prefix(17))
            return rejected(fault.fileRow, "统一社会信用代码", fault.value, "'\(fault.value)' has check character "
                + "'\(fault.value.last!)', expected '\(HandRules.checkCharacter(first17))'")
        case "empty_name":
            return rejected(fault.fileRow, "企业名称", "", "企业名称 is empty; enter the registered name")
        case "duplicate_code":
            let first = rows.firstIndex { $0.first == fault.value }!
            return rejected(fault.fileRow, "", fault.value, "the same firm is on row \(first + 1) with different values; "
                + "keep one row per firm (this row was not recorded)")
        default:  // money_text with 约
            return rejected(fault.fileRow, fault.column, fault.value,
                            "'\(fault.value)' is approximate; enter the exact amount from the financial statement")
        }
    }

    static func verifyRepair(_ fault: Fault, row: [String], registry: Registry) throws {
        let clean = HandRules.halfWidthTrimmed(fault.value)
        let code = HandRules.halfWidthTrimmed(row[0])
        let label = "file row \(fault.fileRow) \(fault.kind) \(fault.column) '\(fault.value)'"
        switch fault.column {
        case "统一社会信用代码":
            #expect(clean.count == 18 && clean == code, "\(label)")
            #expect(try registry.profile(of: clean, asOf: day("2025-03-01")).name == row[1], "\(label)")
        case "企业名称":
            #expect(try registry.profile(of: code, asOf: day("2025-03-01")).name == clean, "\(label)")
        case "成立日期":
            #expect(try registry.profile(of: code, asOf: day("2025-03-01")).enterprise.profile.founded?.iso
                == HandRules.day(clean), "\(label)")
        case "发证日期":
            let held = try registry.profile(of: code, asOf: day("2025-03-01")).qualifications
                .first { $0.qualification.number == row[15] }
            #expect(held?.qualification.start.iso == HandRules.day(clean), "\(label)")
        case "职工总数":
            #expect(try registry.facts(of: code).byYear[2024]?.employees == Int64(clean)!, "\(label)")
        default:
            let facts = try #require(try registry.facts(of: code).byYear[2024], "\(label)")
            let stored: Int64? = switch fault.column {
            case "年销售收入(万元)": facts.revenue
            case "资产总额(万元)": facts.totalAssets
            case "研发费用(万元)": facts.rdExpense
            case "高新技术产品收入(万元)": facts.highTechIncome
            default: nil
            }
            #expect(stored == HandRules.wanToYuan(clean), "\(label)")
        }
    }
}

/// The normalisations, written out independently of the importer.
enum HandRules {
    /// Full-width digits to ASCII; spaces and U+3000 trimmed.
    static func halfWidthTrimmed(_ text: String) -> String {
        let mapped = String(String.UnicodeScalarView(text.unicodeScalars.map {
            (0xFF10...0xFF19).contains($0.value) ? Unicode.Scalar($0.value - 0xFEE0)! : $0
        }))
        return mapped.trimmingCharacters(in: CharacterSet(charactersIn: " \u{3000}"))
    }

    /// `1234.56`, `1,234.56` or `1234.56万元` (万元, two decimals) in yuan: × 10000.
    static func wanToYuan(_ text: String) -> Int64 {
        let body = text.replacingOccurrences(of: "万元", with: "").replacingOccurrences(of: ",", with: "")
        let parts = body.split(separator: ".")
        let cents = parts.count == 2 ? Int64(parts[1].padding(toLength: 2, withPad: "0", startingAt: 0))! : 0
        return Int64(parts[0])! * 10_000 + cents * 100
    }

    /// `2019/8/1`, `2024年12月11日`, `2019-08-01` or an Excel serial (days after 1899-12-30) as YYYY-MM-DD.
    static func day(_ text: String) -> String {
        if text.allSatisfy(\.isASCIIDigit) && text.count <= 6 {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let epoch = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
            let date = calendar.date(byAdding: .day, value: Int(text)!, to: epoch)!
            let c = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        }
        let numbers = text.split(whereSeparator: { !$0.isASCIIDigit }).map { Int($0)! }
        return String(format: "%04d-%02d-%02d", numbers[0], numbers[1], numbers[2])
    }

    /// GB 32100's check character of the first 17 characters (DOMAIN.md §6).
    static func checkCharacter(_ first17: String) -> Character {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
        let sum = zip(first17, weights).reduce(0) { $0 + alphabet.firstIndex(of: $1.0)! * $1.1 }
        return alphabet[(31 - sum % 31) % 31]
    }
}

/// Enough CSV for the generator's output: commas, quotes, doubled quotes, LF or CRLF, a BOM.
enum SimpleCSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
        while let ch = chars.popFirst() {
            if quoted {
                if ch == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.append(ch)
                }
            } else if ch == "\"" {
                quoted = true
            } else if ch == "," {
                row.append(field); field = ""
            } else if ch == "\n" || ch == "\r\n" || ch == "\r" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(ch)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
