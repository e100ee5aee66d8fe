import ArgumentParser
import LadderKit

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Count firms with a valid qualification on a day, by tier, position or place.",
        discussion: """
            A firm is counted once per group: holding two valid certificates at once (a new one issued \
            before the old one ends) makes one 高新技术企业. Its place is where it is on the day, after \
            any relocation. --by position counts each firm once, at its highest valid tier.
            """)

    @Option(help: "Count only firms validly holding this tier.") var tier: Tier?
    @Option(help: ArgumentHelp("Group by city (the 12 reporting regions), county, field, tier or position.",
                               discussion: "Within a city, county or ganjiang (--region), city groups by county."))
    var by: StatsGrouping = .tier
    @Flag(name: .customLong("print-sql"), help: ArgumentHelp(
        "Print SQL for the sqlite3 CLI that makes the same count, instead of counting.",
        discussion: "With --tier and --by city or county; the window of days and years is the policy's."))
    var printSQL = false
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        if printSQL, tier == nil || (by != .city && by != .county) {
            throw ValidationError("--print-sql needs --tier and --by city or county")
        }
    }

    func run() throws {
        try Failure.reporting {
            if printSQL, let tier {
                Console.out(try registry.open(knownAt: read.times.knownAt).statsSQL(tier: tier, by: by, region: area.region, asOf: read.day, knownAt: read.moment))
                return
            }
            let report = try registry.open(knownAt: read.times.knownAt).stats(tier: tier, by: by, region: area.region, asOf: read.day, knownAt: read.moment)
            Console.out(report.tabular.render(read.format))
        }
    }
}

extension StatsGrouping: ExpressibleByArgument {}
