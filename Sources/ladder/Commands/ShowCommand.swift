import ArgumentParser
import LadderKit

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one enterprise: qualifications and their status, position, names, events.")

    @Argument(help: "统一社会信用代码, or an exact current or former name.") var query: String
    @OptionGroup var times: TimeOptions
    @Option(help: DocumentFormat.help) var format: DocumentFormat = .table
    @Flag(help: "The events as one wide table row each (wider than 100 columns).") var wide = false
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
