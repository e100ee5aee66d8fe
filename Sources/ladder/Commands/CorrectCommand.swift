import ArgumentParser
import LadderKit

struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct", abstract: "Correct what was recorded: a firm's place from a day or from the start, its founding day.",
        discussion: """
            A correction is not a move: `relocate` records a move that happened on a day; `correct` says the record \
            was wrong. Counts as of earlier days change; `--known-at` before the correction still gives the old \
            figures. The place holds from --effective (or --from-start, the place as registered) until the next \
            relocation or correction; a founding day is always corrected from the start.
            """)

    @Argument(help: "统一社会信用代码.", transform: Parse.code) var code: CreditCode
    @Option(help: "The right division code (GB/T 2260) or Jiangxi division name.", transform: Parse.region)
    var region: RegionCode?
    @Option(help: "Reporting zone at the right place (赣江新区 = ganjiang).") var zone: Zone?
    @Option(help: "The right founding day (成立日期); corrected from the start.", transform: Parse.day) var founded: Day?
    @Flag(help: "The place was wrong from the start (as registered); implied for --founded alone.") var fromStart = false
    @Option(help: "The first day the right place holds.", transform: Parse.day) var effective: Day?
    @Option(help: "Why the record was wrong.") var reason: String
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard region != nil || founded != nil else {
            throw ValidationError(UsageErrorText.correctWhat.text())
        }
        guard zone == nil || region != nil else { throw ValidationError(UsageErrorText.zoneNeedsRegion.text()) }
        // A founding day alone needs neither: it is always corrected from the start.
        guard region == nil || fromStart != (effective != nil) else {
            throw ValidationError(UsageErrorText.correctFrom.text())
        }
    }

    func run() throws {
        try Failure.reporting {
            let correction = try registry.open().correct(
                code, location: region.map { Location(division: $0, zone: zone) }, founded: founded,
                effective: effective, reason: reason, context: record.context())
            Console.out(WriteText.correction.text(["id": correction.id, "summary": correction.summary]))
        }
    }
}
