import Foundation
import Testing

/// The Chinese of the write and system commands and their refusals has no English words in it:
/// each command of `ErrorsAndWritesLanguageTests` run with LADDER_LANG=zh. What a clerk types is
/// quoted in backquotes (`ladder facts set`) and stays as typed, as do the parser's value names
/// (`<code>`); the usage a parser error adds below its first line is the help's, scanned by its own tests.
@Suite struct ChineseErrorsScanTests {
    @Test func everyLineIsChinese() throws {
        let directory = try TemporaryDirectory()
        let db = directory.path("r.sqlite")
        for command in ErrorsAndWritesLanguageTests.commands {
            let arguments = command.map { $0.replacingOccurrences(of: "{dir}", with: directory.url.path) }
            let run = try LadderRun.run(arguments, db: db, environment: ["LADDER_LANG": "zh"], stdin: Data())
            let err = run.status == 64 ? String(run.stderr.prefix { $0 != "\n" }) : run.stderr
            #expect(EnglishWords.find(in: Self.unquoted(run.stdout + err)) == [], "\(arguments): \(run.stdout)\(err)")
        }
    }

    @Test func theRefusedPromotionIsChinese() throws {
        let (dir, db) = try EligibilityCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["certify", ErrorsAndWritesLanguageTests.a, "--number", "GR202536000001",
                                     "--issued", "2025-11-20"], db: db, environment: ["LADDER_LANG": "zh"])
        #expect(run.status == 1)
        #expect(EnglishWords.find(in: Self.unquoted(run.stderr)) == [], "\(run.stderr)")
    }

    /// The text without what is quoted in backquotes (commands to type) or angle brackets (the
    /// parser's value names), both kept as typed.
    static func unquoted(_ text: String) -> String {
        var kept = "", closing: Character?
        for character in text {
            if let close = closing {
                if character == close { closing = nil }
            } else if character == "`" {
                closing = "`"
            } else if character == "<" {
                closing = ">"
            } else {
                kept.append(character)
            }
        }
        return kept
    }
}
