import ArgumentParser
import LadderKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check a firm against a tier's official rules, criterion by criterion.",
        discussion: "Each criterion passes, fails, or is unknown (a fact is missing); ratios are compared exactly.")

    @Argument(help: "统一社会信用代码, or an exact current or former name.") var query: String
    @OptionGroup var tierOption: TierOption
    var tier: Tier { tierOption.tier }
    @Option(help: "List category (growth and leader).") var category: ListCategory?
    @Option(help: "Fiscal year evaluated (default: the year before --as-of).") var year: Int?
    @OptionGroup var times: TimeOptions
    @Option(help: DocumentFormat.help) var format: DocumentFormat = .table
    @Flag(help: "One wide table row per criterion (wider than 100 columns).") var wide = false
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        if let category, category.tier != tier {
            throw ValidationError("--category \(category.rawValue) belongs to \(category.tier.rawValue), not \(tier.rawValue)")
        }
    }

    func run() throws {
        try Failure.reporting {
            let opened = try registry.open(knownAt: times.knownAt)
            let result = try opened.check(query, tier: tier, category: category, year: year, asOf: times.day,
                                          knownAt: times.moment)
            switch format {
            case .json, .ndjson: Console.out(try JSONOutput.encode(result, pretty: format == .json))
            case .table:
                let profile = try opened.profile(of: query, asOf: times.day, knownAt: times.moment)
                Console.out(EligibilityText.render(result, enterprise: "\(profile.name) \(profile.enterprise.creditCode)",
                                                   knownAt: times.moment, wide: wide))
            }
        }
    }
}
