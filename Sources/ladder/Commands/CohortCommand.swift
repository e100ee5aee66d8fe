import ArgumentParser
import LadderKit

struct CohortCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "cohort", abstract: FiguresHelp.cohortAbstract.text(),
                             discussion: FiguresHelp.cohortDiscussion.text())
    }

    @Option(help: ArgumentHelp(FiguresHelp.cohortTier, kind: .tier)) var tier: Tier = .hnte
    @Option(help: ArgumentHelp(FiguresHelp.cohortBy, kind: .grouping)) var by: CityGrouping?
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let report = try registry.open(knownAt: read.times.knownAt).cohort(tier: tier, byCity: by == .city, region: area.region, asOf: read.day, knownAt: read.moment)
            Console.out(report.tabular.render(read.format))
        }
    }
}
