import Foundation
import Testing
@testable import LadderKit

/// Names and notes that try to break out of SQL, CSV, JSON or the terminal are stored and shown
/// exactly as given (every statement is parameterised), and table output never lets the
/// terminal execute what a roster carried.
@Suite struct HostileTests {
    struct Hostile: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        /// What an import stores when it differs: cells have full-width ASCII (；) made ASCII.
        var imported: String?
        /// An import rejects it as a name (a line break, or more than 200 characters): the row
        /// goes to the rejects file instead, the value there as given.
        var rejectedAsName = false
        var testDescription: String { name }
    }

    static let values = [
        Hostile(name: "SQL fragment", text: "'); DROP TABLE event;--"),
        // The import keeps CJK punctuation (the full-width ；) as written.
        Hostile(name: "quotes and semicolons", text: #"O'Brien "引号" ；分号; DELETE FROM enterprise WHERE 1=1; --"#),
        Hostile(name: "backslashes and format specifiers", text: #"C:\temp\%s %n \u0000 \\"#),
        Hostile(name: "terminal escapes", text: "红\u{1B}[31m色\u{07}公司\u{1B}]0;pwned\u{07}\u{9B}2J"),
        Hostile(name: "line breaks and tabs", text: "第一行\n第二行\r\n\t第三行", rejectedAsName: true),
        Hostile(name: "emoji and joiners", text: "🚀科技👩‍💻有限公司🇨🇳"),
        Hostile(name: "combining marks and bidi controls", text: "Cafe\u{301} \u{202E}司公\u{202C} e\u{301}"),
        Hostile(name: "ten thousand characters", text: String(repeating: "长", count: 9_999) + "!", rejectedAsName: true),
    ]

    /// Exact equality, scalar by scalar: Swift's `==` would call `é` and `e\u{301}` equal.
    static func same(_ a: String?, _ b: String) -> Bool {
        a.map { Array($0.unicodeScalars) == Array(b.unicodeScalars) } ?? false
    }

    static func profile(_ code: String, db: String) throws -> [String: Any] {
        let run = try LadderRun.run(["show", code, "--format", "json"], db: db)
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test(arguments: zip(values, 1...values.count))
    func roundTripsThroughAddRenameAndShow(_ value: Hostile, _ serial: Int) throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        let code = ReliabilityRoster.code(serial)
        let renamed = "新" + value.text
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let added = try LadderRun.run(["add", code, "--name", value.text], db: db)
        #expect(added.status == 0, "\(added.stderr)")
        let rename = try LadderRun.run(["rename", code, "--name", renamed, "--effective", "2025-01-01",
                                        "--note", value.text, "--document", value.text], db: db)
        #expect(rename.status == 0, "\(rename.stderr)")

        let json = try HostileTests.profile(code, db: db)
        #expect(HostileTests.same(json["registered_name"] as? String, value.text))
        #expect(HostileTests.same(json["name"] as? String, renamed))
        let event = try #require((json["events"] as? [[String: Any]])?.first)
        #expect(HostileTests.same(event["note"] as? String, value.text))
        #expect(HostileTests.same(event["document"] as? String, value.text))
        #expect(HostileTests.same(event["detail"] as? String, "→ " + renamed))
        #expect(try LadderRun.run(["show", renamed, "--format", "json"], db: db).status == 0, "found by its exact name")
        #expect(try LadderRun.run(["verify"], db: db).stdout == "registry verified: 1 enterprises, 1 events, 0 problems\n")
    }

    @Test func roundTripThroughImport() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        let quoted = { (text: String) in "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let rows = HostileTests.values.enumerated().map { n, value in "\(ReliabilityRoster.code(100 + n)),\(quoted(value.text))" }
        let file = dir.path("hostile.csv")
        try ("统一社会信用代码,企业名称\n" + rows.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let run = try LadderRun.run(["import", file, "--silent", "--format", "json"], db: db)
        #expect(run.status == 0, "\(run.stderr)")
        let rejects = try TableFile.open(path: dir.path("hostile.rejects.csv"))
        for (n, value) in HostileTests.values.enumerated() {
            if value.rejectedAsName {
                let row = try #require(try rejects.next())
                #expect(HostileTests.same(row.cells[2].rawText, value.text), "\(value.name)")
                continue
            }
            let json = try HostileTests.profile(ReliabilityRoster.code(100 + n), db: db)
            #expect(HostileTests.same(json["registered_name"] as? String, value.imported ?? value.text), "\(value.name)")
        }
        #expect(try rejects.next() == nil)
        #expect(try LadderRun.run(["verify"], db: db).stdout == "registry verified: 6 enterprises, 0 events, 0 problems\n")
    }

    /// Raw ESC, BEL, C1 CSI or carriage return reaching the terminal from a table.
    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && TerminalText.isControl($0) }
    }

    @Test func tablesShowEscapesInsteadOfRunningThem() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        let evil = "红\u{1B}[31m色\u{07}公司\u{1B}]0;pwned\u{07}\u{9B}2J"
        let code = ReliabilityRoster.code(7)
        let file = dir.path("名单\u{1B}[2J.csv")
        try "统一社会信用代码,企业名称,备注\n\(code),\"\(evil)\",x\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let imported = try LadderRun.run(["import", file, "--silent"], db: db)
        #expect(imported.status == 0, "\(imported.stderr)")
        _ = try LadderRun.run(["rename", code, "--name", evil + "2", "--effective", "2025-01-01", "--note", evil], db: db)
        _ = try LadderRun.run(["facts", "set", code, "--year", "2024", "--employees", "10"], db: db)

        let runs = [
            ("import summary", imported),
            ("show", try LadderRun.run(["show", code], db: db)),
            ("log", try LadderRun.run(["log"], db: db)),
            ("imports", try LadderRun.run(["imports"], db: db)),
            ("facts show", try LadderRun.run(["facts", "show", code], db: db)),
            ("check", try LadderRun.run(["check", code, "--for", "tsme", "--as-of", "2025-06-01"], db: db)),
            ("error", try LadderRun.run(["show", evil + "3"], db: db)),
        ]
        for (name, run) in runs {
            #expect(!HostileTests.hasControl(run.stdout), "\(name) stdout: \(run.stdout.debugDescription)")
            #expect(!HostileTests.hasControl(run.stderr), "\(name) stderr: \(run.stderr.debugDescription)")
        }
        #expect(try LadderRun.run(["show", code], db: db).stdout
            .hasPrefix("红\\u{1b}[31m色\\u{7}公司\\u{1b}]0;pwned\\u{7}\\u{9b}2J2  \(code)\n"))
        // Machine formats keep the exact text (JSON escapes what it must).
        #expect(HostileTests.same(try HostileTests.profile(code, db: db)["registered_name"] as? String, evil))
    }
}
