import ArgumentParser
import LadderKit

struct ExpiringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expiring", abstract: "List qualifications valid now whose last valid day is near, with contacts.",
        discussion: """
            Valid on the as-of day, last valid day within --within days after it (default 90), or in --year \
            (期满当年). A firm already holding a newer valid qualification of the tier is not listed.
            """)

    @Option(help: "List only this tier.") var tier: Tier?
    @Option(help: ArgumentHelp("Days ahead to look (default 90).", valueName: "days")) var within: Int?
    @Option(help: ArgumentHelp("List those ending in this calendar year instead.", valueName: "year")) var year: Int?
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        if within != nil, year != nil { throw ValidationError("give --within or --year, not both") }
        if let within, within < 0 { throw ValidationError("--within must be 0 or more days") }
    }

    func run() throws {
        try Failure.reporting {
            let report = try registry.open(knownAt: read.times.knownAt).expiring(tier: tier, withinDays: within ?? 90, year: year, region: area.region, asOf: read.day,
                                                      knownAt: read.moment)
            Console.out(report.tabular.render(read.format))
        }
    }
}
