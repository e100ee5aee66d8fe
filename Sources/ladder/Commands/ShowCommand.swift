import ArgumentParser
import LadderKit

struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: CommandHelp.showAbstract.text())
    }

    @Argument(help: ArgumentHelp(CommandHelp.showQuery, kind: .firm)) var query: String
    @OptionGroup var times: TimeOptions
    @Option(help: DocumentFormat.help) var format: DocumentFormat = .table
    @Flag(help: ArgumentHelp(CommandHelp.showWide.text())) var wide = false
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let profile = try registry.open(knownAt: times.knownAt).profile(of: query, asOf: times.day, knownAt: times.moment)
            switch format {
            case .json, .ndjson: Console.out(try JSONOutput.encode(ProfileDocument(profile), pretty: format == .json))
            case .table: Console.out(ProfileText.render(profile, wide: wide))
            }
        }
    }
}
