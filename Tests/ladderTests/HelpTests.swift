import ArgumentParser
import Foundation
import Testing
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
