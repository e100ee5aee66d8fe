import ArgumentParser
import LadderKit

struct FactsShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: FactsHelp.showAbstract.text())
    }

    @Argument(help: ArgumentHelp(OptionHelp.firm, kind: .firm)) var query: String
    @Option(help: ArgumentHelp(FactsHelp.showYear, kind: .year)) var year: Int?
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let opened = try registry.open(knownAt: read.times.knownAt)
            let (enterprise, byYear) = try opened.facts(of: query, knownAt: read.moment)
            let years = byYear.filter { year == nil || $0.key == year }
            // Headed by the name in force on the as-of day, as `show` is.
            let name = try opened.profile(of: enterprise.creditCode.text, asOf: read.day, knownAt: read.moment).name
            Console.out(FactsText.render(enterprise: enterprise, name: name, byYear: years, knownAt: read.moment,
                                         format: read.format))
        }
    }
}
