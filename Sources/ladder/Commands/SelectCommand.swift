import ArgumentParser
import LadderKit

struct SelectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "select", abstract: "Record a listing (入选) on a growth or leader list.")

    @Argument(help: "统一社会信用代码, or an exact current or former name.", transform: Parse.firm) var firm: String
    @Option(help: "growth or leader.") var tier: Tier
    @Option(help: "List category.") var category: ListCategory
    @Option(help: "The list's year.") var year: Int
    @Option(help: "The day the list takes effect.", transform: Parse.day) var effective: Day
    @Option(help: ArgumentHelp("Record it although the rules refuse it; the reason is kept on the event.",
                               valueName: "reason"))
    var override: String?
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard tier.isList else { throw ValidationError(UsageErrorText.selectTier.text()) }
        guard (1990...2200).contains(year) else { throw ValidationError(UsageErrorText.listYear.text(["year": year])) }
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
