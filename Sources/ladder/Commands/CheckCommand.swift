import ArgumentParser
import LadderKit

struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: RulesHelp.checkAbstract.text(), discussion: RulesHelp.checkDiscussion.text())
    }

    @Argument(help: ArgumentHelp(OptionHelp.firm, kind: .firm)) var query: String
    @OptionGroup var tierOption: TierOption
    var tier: Tier { tierOption.tier }
    @Option(help: ArgumentHelp(OptionHelp.category, kind: .category)) var category: ListCategory?
    @Option(help: ArgumentHelp(OptionHelp.evaluatedYear, kind: .year)) var year: Int?
    @OptionGroup var times: TimeOptions
    @Option(help: DocumentFormat.help) var format: DocumentFormat = .table
    @Flag(help: ArgumentHelp(RulesHelp.checkWide)) var wide = false
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        if let category, category.tier != tier {
            throw ValidationError(ValidationText.checkCategory.text(
                ["category": category.rawValue, "owner": category.tier.rawValue, "tier": tier.rawValue]))
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
