import ArgumentParser
import LadderKit

struct FactsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a firm's facts by year (each year's versions merged, newest wins).")

    @Argument(help: "统一社会信用代码, or an exact current or former name.") var query: String
    @Option(help: "Only this fiscal year.") var year: Int?
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let (enterprise, byYear) = try registry.open().facts(of: query, knownAt: read.moment)
            let years = byYear.filter { year == nil || $0.key == year }
            Console.out(FactsText.render(enterprise: enterprise, byYear: years, knownAt: read.moment, format: read.format))
        }
    }
}
