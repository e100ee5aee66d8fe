import ArgumentParser
import LadderKit

struct CandidatesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "candidates", abstract: RulesHelp.candidatesAbstract.text(),
                             discussion: RulesHelp.candidatesDiscussion.text())
    }

    @OptionGroup var tierOption: TierOption
    var tier: Tier { tierOption.tier }
    @Option(help: ArgumentHelp(OptionHelp.category, kind: .category)) var category: ListCategory?
    @Option(help: ArgumentHelp(OptionHelp.evaluatedYear, kind: .year)) var year: Int?
    @Option(help: ArgumentHelp(RulesHelp.candidatesBy, kind: .grouping)) var by: CandidateGrouping?
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            try Region.checkByCity(by == .city, within: area.region)
            let opened = try registry.open(knownAt: read.times.knownAt)
            let found = try opened.candidates(tier: tier, category: category, year: year, region: area.region,
                                              asOf: read.day,
                                              knownAt: read.moment)
            let heading = Heading.dates(asOf: read.day, knownAt: read.moment, policy: try opened.policy(knownAt: read.moment))
            Console.out(CandidatesText.render(found, tier: tier, byCity: by == .city, heading: heading, format: read.format))
        }
    }
}

enum CandidateGrouping: String, ExpressibleByArgument, CaseIterable { case city }
