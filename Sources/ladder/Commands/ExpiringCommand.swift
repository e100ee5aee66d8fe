import ArgumentParser
import LadderKit

struct ExpiringCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "expiring", abstract: FiguresHelp.expiringAbstract.text(),
                             discussion: FiguresHelp.expiringDiscussion.text())
    }

    @Option(help: ArgumentHelp(OptionHelp.onlyTier, kind: .tier)) var tier: Tier?
    @Option(help: ArgumentHelp(FiguresHelp.expiringWithin, value: .days)) var within: Int?
    @Option(help: ArgumentHelp(FiguresHelp.expiringYear, value: .year)) var year: Int?
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        if within != nil, year != nil { throw ValidationError(ValidationText.expiringBoth.text()) }
        if let within, within < 0 { throw ValidationError(ValidationText.withinDays.text()) }
    }

    func run() throws {
        try Failure.reporting {
            let report = try registry.open(knownAt: read.times.knownAt).expiring(tier: tier, withinDays: within ?? 90, year: year, region: area.region, asOf: read.day,
                                                      knownAt: read.moment)
            Console.out(report.tabular.render(read.format))
        }
    }
}
