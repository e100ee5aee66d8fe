import ArgumentParser
import LadderKit

struct CandidatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candidates",
        abstract: "Firms that meet a tier's rules but do not hold it, and holders whose term ends this year.",
        discussion: "Only firms with facts on file are considered; enter facts with `ladder facts set` or an import.")

    @OptionGroup var tierOption: TierOption
    var tier: Tier { tierOption.tier }
    @Option(help: "List category (growth and leader).") var category: ListCategory?
    @Option(help: "Fiscal year evaluated (default: the year before --as-of).") var year: Int?
    @Option(help: "Group by city and count.") var by: CandidateGrouping?
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
