import ArgumentParser
import LadderKit

struct StatsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "stats", abstract: CommandHelp.statsAbstract.text(),
                             discussion: CommandHelp.statsDiscussion.text())
    }

    @Option(help: ArgumentHelp(CommandHelp.statsTier, kind: .tier)) var tier: Tier?
    @Option(help: ArgumentHelp(CommandHelp.statsBy, more: CommandHelp.statsByMore, kind: .grouping))
    var by: StatsGrouping = .tier
    @Flag(name: .customLong("print-sql"), help: ArgumentHelp(CommandHelp.statsPrintSQL.text(),
                                                             discussion: CommandHelp.statsPrintSQLMore.text()))
    var printSQL = false
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        if printSQL, tier == nil || (by != .city && by != .county) {
            throw ValidationError(ValidationText.statsPrintSQL.text())
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
