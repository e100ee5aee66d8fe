import ArgumentParser
import LadderKit

struct SelectCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "select", abstract: RecordHelp.selectAbstract.text())
    }

    @Argument(help: ArgumentHelp(OptionHelp.firm, kind: .firm), transform: Parse.firm) var firm: String
    @Option(help: ArgumentHelp(RecordHelp.selectTier, kind: .tier)) var tier: Tier
    @Option(help: ArgumentHelp(RecordHelp.selectCategory, kind: .category)) var category: ListCategory
    @Option(help: ArgumentHelp(RecordHelp.selectYear, kind: .year)) var year: Int
    @Option(help: ArgumentHelp(RecordHelp.selectEffective, kind: .day), transform: Parse.day) var effective: Day
    @Option(help: ArgumentHelp(OptionHelp.override, value: .reason))
    var override: String?
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard tier.isList else { throw ValidationError(ValidationText.selectTier.text()) }
        guard (1990...2200).contains(year) else { throw ValidationError(ValidationText.listYear.text(["year": year])) }
    }

    func run() throws {
        try Failure.reporting {
            let opened = try registry.open()
            let code = try opened.creditCode(of: firm)
            WriteReport.print(try opened.select(code, tier: tier, category: category, year: year,
                                                         effective: effective, context: record.context(override: override)))
        }
    }
}
