import ArgumentParser
import LadderKit

struct FunnelCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "funnel", abstract: FiguresHelp.funnelAbstract.text(),
                             discussion: FiguresHelp.funnelDiscussion.text())
    }

    @Option(help: ArgumentHelp(FiguresHelp.funnelFrom, kind: .tier)) var from: Tier = .tsme
    @Option(help: ArgumentHelp(FiguresHelp.funnelTo, kind: .tier)) var to: Tier = .hnte
    @Option(help: ArgumentHelp(FiguresHelp.funnelWithin, value: .years))
    var within: Int?
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        guard from != to else { throw ValidationError(ValidationText.funnelSame.text(["tier": from.rawValue])) }
        guard from < to else {
            throw ValidationError(ValidationText.funnelOrder.text(["from": from.rawValue, "to": to.rawValue]))
        }
        if let within, within < 1 { throw ValidationError(ValidationText.withinYears.text()) }
    }

    func run() throws {
        try Failure.reporting {
            let report = try registry.open(knownAt: read.times.knownAt).funnel(from: from, to: to, withinYears: within, region: area.region, asOf: read.day,
                                                    knownAt: read.moment)
            Console.out(report.tabular.render(read.format))
        }
    }
}
