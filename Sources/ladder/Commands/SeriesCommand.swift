import ArgumentParser
import LadderKit

struct SeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "series", abstract: "Count firms with a valid qualification at the end of each month, quarter or year.",
        discussion: """
            Each count is taken on a period's last day, as `ladder stats --as-of` would give it. Periods are \
            those whose last month lies in --from … --to (a year ends in December); --to defaults to the \
            month of --as-of.
            """)

    @Option(help: "The tier to count.") var tier: Tier
    @Option(help: ArgumentHelp("First month.", valueName: "YYYY-MM"), transform: Parse.month) var from: YearMonth
    @Option(help: ArgumentHelp("Last month (default: the month of --as-of).", valueName: "YYYY-MM"),
            transform: Parse.month) var to: YearMonth?
    @Option(help: "Count on the last day of each month, quarter or year.") var every: SeriesStep = .month
    @Option(help: "Group by city: a column per reporting region.") var by: CityGrouping?
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        if let to, to < from { throw ValidationError("--from \(from) is after --to \(to); give the earlier month first") }
    }

    func run() throws {
        try Failure.reporting {
            let report = try registry.open(knownAt: read.times.knownAt).series(tier: tier, from: from, to: to ?? YearMonth(read.day), every: every,
                                                    byCity: by == .city, region: area.region, knownAt: read.moment)
            Console.out(report.tabular(for: read.format).render(read.format))
        }
    }
}

extension SeriesStep: ExpressibleByArgument {}

extension Parse {
    static func month(_ text: String) throws -> YearMonth {
        guard let month = YearMonth(parsing: text) else {
            throw ArgumentError(description: "'\(text)' is not a month; write it as YYYY-MM, e.g. 2024-03")
        }
        return month
    }
}
