import ArgumentParser
import LadderKit

struct FactsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "facts", abstract: FactsHelp.factsAbstract.text(),
                             subcommands: [FactsSetCommand.self, FactsShowCommand.self])
    }
}

/// yes/no for a fact a person gives (是/否 read too).
enum YesNo: String, ExpressibleByArgument, CaseIterable {
    case yes, no

    /// As a roster's cell: 是/否, 有/无, √/×, Y/N, yes/no, true/false, 1/0, full-width too.
    init?(argument: String) {
        guard let value = try? EnteredValue.flag(argument) else { return nil }
        self = value ? .yes : .no
    }

    var bool: Bool { self == .yes }
}
