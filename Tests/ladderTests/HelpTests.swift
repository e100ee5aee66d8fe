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

    /// Every command and subcommand as typed after `ladder`, the root (`[]`) first, hidden aliases too.
    static var commandPaths: [[String]] {
        func paths(of command: ParsableCommand.Type, at path: [String]) -> [[String]] {
            [path] + command.configuration.subcommands.flatMap { paths(of: $0, at: path + [$0._commandName]) }
        }
        return paths(of: Ladder.self, at: [])
    }

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

    /// The goldens cover every command: 50 paths today (the root, 36 commands with `imports`, 13 subcommands).
    @Test func everyCommandHasItsGoldens() throws {
        #expect(HelpTests.commandPaths.count == 50)
        for path in HelpTests.commandPaths {
            for language in ["zh", "en"] {
                let file = HelpCase(path: path, language: language).golden.path
                #expect(FileManager.default.fileExists(atPath: file), "a golden for \(file)")
            }
        }
    }

    /// Help as a clerk sees it, in both languages (in Chinese the parser's words too, wrapped by
    /// display width), for every command; re-record with LADDER_RECORD_GOLDENS=1.
    @Test(arguments: HelpTests.commandPaths.flatMap { path in ["zh", "en"].map { HelpCase(path: path, language: $0) } })
    func helpGolden(_ c: HelpCase) throws {
        let run = try c.run()
        #expect(run.status == 0)
        #expect(run.stderr == "")
        if ProcessInfo.processInfo.environment["LADDER_RECORD_GOLDENS"] == "1" {
            try run.stdout.write(to: c.golden, atomically: true, encoding: .utf8)
        }
        #expect(run.stdout == (try String(contentsOf: c.golden, encoding: .utf8)))
    }

    /// The Chinese help of every command has no English word but what a clerk types as written:
    /// flags, codes, command names, and the values the parser lists for an option (`（可选：…）`).
    @Test(arguments: HelpTests.commandPaths.map { HelpCase(path: $0, language: "zh") })
    func chineseHelpHasNoEnglish(_ c: HelpCase) throws {
        let help = try c.run().stdout
        #expect(help.contains("用法：ladder"))
        let typed = HelpTests.commandNames.union(HelpTests.listedValues(in: help))
        #expect(EnglishWords.find(in: help).filter { !typed.contains($0) } == [])
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

    /// The names of every command and subcommand (`import`, `set`, `passwd`) and the parser's own
    /// `ladder help`, typed as they are.
    static var commandNames: Set<String> { Set(commandPaths.flatMap { $0 } + ["help"]) }

    /// The values the parser lists after an option's help: `（可选：tsme, hnte；默认：hnte）`.
    static func listedValues(in help: String) -> Set<String> {
        var values = Set<String>()
        var rest = help[...]
        while let open = rest.range(of: "（可选：") {
            let close = rest[open.upperBound...].firstIndex { $0 == "；" || $0 == "）" } ?? rest.endIndex
            let listed = rest[open.upperBound..<close].split { $0 == "," || $0.isWhitespace }
            values.formUnion(listed.map(String.init))
            rest = rest[close...]
        }
        return values
    }
}

/// One command's help in one language, and its golden under Fixtures/help/.
struct HelpCase: CustomTestStringConvertible, Sendable {
    let path: [String]
    let language: String

    var testDescription: String { (["ladder"] + path).joined(separator: " ") + " (\(language))" }

    /// `ladder.zh.txt` for the root, `policy-show.en.txt` for `ladder policy show`.
    var golden: URL {
        let name = path.isEmpty ? "ladder" : path.joined(separator: "-")
        return HelpTests.root.appendingPathComponent("Tests/ladderTests/Fixtures/help/\(name).\(language).txt")
    }

    func run() throws -> LadderRun {
        let directory = try TemporaryDirectory()
        return try LadderRun.run(path + ["--help"], db: directory.path("none.sqlite"), environment: ["LADDER_LANG": language])
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
