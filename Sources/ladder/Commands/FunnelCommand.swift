import ArgumentParser
import LadderKit

struct FunnelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funnel", abstract: "Of the firms first entering a tier each year, how many reached a higher one.",
        discussion: """
            A firm enters in the year its first qualification of --from started, and reaches --to when a \
            qualification of --to starts on or after that day (within --within years of it, when given) and \
            by the as-of day. Median days: from the first --from to the first such --to.
            """)

    @Option(help: "The lower tier.") var from: Tier = .tsme
    @Option(help: "The higher tier.") var to: Tier = .hnte
    @Option(help: ArgumentHelp("Count the higher tier only when reached within this many years.", valueName: "years"))
    var within: Int?
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        guard from != to else { throw ValidationError("--from and --to are both \(from.rawValue); name two tiers") }
        guard from < to else {
            throw ValidationError("--from \(from.rawValue) is above --to \(to.rawValue) on the ladder; the funnel runs "
                + "from a lower tier to a higher one (e.g. --from tsme --to hnte)")
        }
        if let within, within < 1 { throw ValidationError("--within must be at least 1 year") }
    }

    func run() throws {
        try Failure.reporting {
            let report = try registry.open(knownAt: read.times.knownAt).funnel(from: from, to: to, withinYears: within, region: area.region, asOf: read.day,
                                                    knownAt: read.moment)
            Console.out(report.tabular.render(read.format))
        }
    }
}
