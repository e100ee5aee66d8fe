import ArgumentParser
import Foundation
import Testing
import LadderKit
@testable import ladder

@Suite struct HelpTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The commands help lists (a hidden alias such as `imports` is not one).
    static var commands: [ParsableCommand.Type] { Ladder.configuration.subcommands.filter { $0.configuration.shouldDisplay } }

    @Test func rootListsEveryCommand() {
        let help = Ladder.helpMessage()
        for command in HelpTests.commands {
            let name = command._commandName
            #expect(help.contains("  \(name)"), "root help lists \(name)")
        }
    }

    /// Every command says what it does, and the README documents it.
    @Test func everyCommandIsDocumented() throws {
        let readme = try String(contentsOf: HelpTests.root.appendingPathComponent("README.md"), encoding: .utf8)
        for command in HelpTests.commands {
            let name = command._commandName
            #expect(!command.configuration.abstract.isEmpty, "\(name) has an abstract")
            #expect(readme.contains("ladder \(name)") || readme.contains("`\(name)`"), "README documents \(name)")
        }
    }

    /// Help in Chinese as a clerk sees it (the parser's words too, wrapped by display width);
    /// re-record with LADDER_RECORD_GOLDENS=1.
    @Test(arguments: [["--help"], ["stats", "--help"], ["show", "--help"]])
    func chineseHelpGolden(_ arguments: [String]) throws {
        let name = arguments.count == 1 ? "help.zh.txt" : "help-\(arguments[0]).zh.txt"
        let golden = HelpTests.root.appendingPathComponent("Tests/ladderTests/Fixtures/\(name)")
        let directory = try TemporaryDirectory()
        let run = try LadderRun.run(arguments, db: directory.path("none.sqlite"), environment: ["LADDER_LANG": "zh"])
        #expect(run.status == 0)
        if ProcessInfo.processInfo.environment["LADDER_RECORD_GOLDENS"] == "1" {
            try run.stdout.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(run.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    /// The root help as users see it; re-record with LADDER_RECORD_GOLDENS=1.
    @Test func rootHelpGolden() throws {
        let golden = HelpTests.root.appendingPathComponent("Tests/ladderTests/Fixtures/help.txt")
        let help = Ladder.helpMessage(columns: 100) + "\n"
        if ProcessInfo.processInfo.environment["LADDER_RECORD_GOLDENS"] == "1" {
            try help.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(help == (try String(contentsOf: golden, encoding: .utf8)))
    }
}

/// A fact named in a message (check's "enter to decide", a refusal's "enter first", the JSON keys)
/// is set by the `facts set` option of the same name, kebab-cased.
@Suite struct FactNameTests {
    @Test func everyFactKeyIsAFactsSetOption() {
        let help = FactsSetCommand.helpMessage(columns: 400)
        let keys = AnnualFacts.CodingKeys.allCases.map(\.rawValue).filter { $0 != "innovation_parts" }
            + ["ip", "conversion", "rd_management", "growth"].map { "innovation_parts." + $0 }
        for key in keys {
            let option = "--" + key.replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: ".", with: "-")
            #expect(help.contains(option + " ") || help.contains(option + ","), "facts set takes \(option) for \(key)")
        }
    }
}
