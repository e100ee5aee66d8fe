import ArgumentParser
import LadderKit

struct LapsedCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "lapsed", abstract: FiguresHelp.lapsedAbstract.text(),
                             discussion: FiguresHelp.lapsedDiscussion.text())
    }

    @Option(help: ArgumentHelp(OptionHelp.onlyTier, kind: .tier)) var tier: Tier?
    @Option(help: ArgumentHelp(FiguresHelp.lapsedSince, value: .day), transform: Parse.day)
    var since: Day?
    @Flag(help: ArgumentHelp(FiguresHelp.lapsedPending)) var pending = false
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let report = try registry.open(knownAt: read.times.knownAt).lapsed(
                tier: tier, since: since, pending: pending, region: area.region, asOf: read.day, knownAt: read.moment)
            Console.out(report.tabular.render(read.format))
        }
    }
}
