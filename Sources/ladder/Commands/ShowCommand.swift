import ArgumentParser
import LadderKit

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one enterprise: qualifications and their status, position, names, events.")

    @Argument(help: "统一社会信用代码, or an exact current or former name.") var query: String
    @OptionGroup var read: ReadOptions
    @Flag(help: "The events as one wide table row each (wider than 100 columns).") var wide = false
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        guard read.format != .csv else { throw ValidationError("show has no CSV form (one firm is not a table); use --format json") }
    }

    func run() throws {
        try Failure.reporting {
            let profile = try registry.open(knownAt: read.times.knownAt).profile(of: query, asOf: read.day, knownAt: read.moment)
            switch read.format {
            case .json, .ndjson: Console.out(try JSONOutput.encode(ProfileDocument(profile), pretty: read.format == .json))
            case .table, .csv: Console.out(ProfileText.render(profile, wide: wide))  // csv is refused by validate()
            }
        }
    }
}
