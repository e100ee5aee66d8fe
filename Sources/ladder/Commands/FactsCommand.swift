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

    init?(argument: String) {
        switch argument.lowercased() {
        case "yes", "y", "true", "1", "是", "有": self = .yes
        case "no", "n", "false", "0", "否", "无": self = .no
        default: return nil
        }
    }

    var bool: Bool { self == .yes }
}
