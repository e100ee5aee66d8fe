import ArgumentParser
import LadderKit

struct SeriesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "series", abstract: FiguresHelp.seriesAbstract.text(),
                             discussion: FiguresHelp.seriesDiscussion.text())
    }

    @Option(help: ArgumentHelp(FiguresHelp.seriesTier, kind: .tier)) var tier: Tier
    @Option(help: ArgumentHelp(FiguresHelp.seriesFrom, value: .month), transform: Parse.month) var from: YearMonth
    @Option(help: ArgumentHelp(FiguresHelp.seriesTo, value: .month), transform: Parse.month) var to: YearMonth?
    @Option(help: ArgumentHelp(FiguresHelp.seriesEvery, kind: .step)) var every: SeriesStep = .month
    @Option(help: ArgumentHelp(FiguresHelp.seriesBy, kind: .grouping)) var by: CityGrouping?
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        if let to, to < from { throw ValidationError(ValidationText.seriesOrder.text(["from": from, "to": to])) }
    }

    func run() throws {
        try Failure.reporting {
            let report = try registry.open(knownAt: read.times.knownAt).series(
                tier: tier, from: from, to: to ?? YearMonth(read.day), every: every, byCity: by == .city, region: area.region,
                endingOn: nil, knownAt: read.moment)
            Console.out(report.tabular(for: read.format).render(read.format))
        }
    }
}

extension SeriesStep: ExpressibleByArgument {}

extension Parse {
    static func month(_ text: String) throws -> YearMonth {
        guard let month = YearMonth(parsing: text) else {
            throw ArgumentError(description: ValidationText.notAMonth.text(["text": text]))
        }
        return month
    }
}
