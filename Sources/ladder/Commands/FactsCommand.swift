import ArgumentParser
import LadderKit

struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts", abstract: "Enter and read a firm's annual facts (the eligibility rules' inputs).",
        subcommands: [FactsSetCommand.self, FactsShowCommand.self])
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
