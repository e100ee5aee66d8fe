import ArgumentParser
import LadderKit

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Count firms with a valid qualification on a day, by tier, position or place.",
        discussion: """
            A firm is counted once per group: holding two valid certificates at once (a new one issued
            before the old one ends) makes one 高新技术企业. Its place is where it is on the day, after
            any relocation. --by position counts each firm once, at its highest valid tier.
            """)

    @Option(help: "Count only firms validly holding this tier.") var tier: Tier?
    @Option(help: "Group by city (the 12 reporting regions), county, field, tier or position.")
    var by: StatsGrouping = .tier
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let report = try registry.open().stats(tier: tier, by: by, asOf: read.day, knownAt: read.moment)
            Console.out(report.tabular.render(read.format))
        }
    }
}

extension StatsGrouping: ExpressibleByArgument {}
