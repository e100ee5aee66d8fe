import ArgumentParser
import LadderKit

struct CorrectCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "correct", abstract: CorrectionHelp.correctAbstract.text(),
                             discussion: CorrectionHelp.correctDiscussion.text())
    }

    @Argument(help: ArgumentHelp(CorrectionHelp.correctCode, kind: .code), transform: Parse.code) var code: CreditCode
    @Option(help: ArgumentHelp(CorrectionHelp.correctRegion, kind: .region), transform: Parse.region)
    var region: RegionCode?
    @Option(help: ArgumentHelp(CorrectionHelp.correctZone, kind: .zone)) var zone: Zone?
    @Option(help: ArgumentHelp(CorrectionHelp.correctFounded, kind: .day), transform: Parse.day) var founded: Day?
    @Flag(help: ArgumentHelp(CorrectionHelp.correctFromStart)) var fromStart = false
    @Option(help: ArgumentHelp(CorrectionHelp.correctEffective, kind: .day), transform: Parse.day) var effective: Day?
    @Option(help: ArgumentHelp(CorrectionHelp.correctReason, kind: .reason)) var reason: String
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard region != nil || founded != nil else {
            throw ValidationError(ValidationText.correctNothing.text())
        }
        guard zone == nil || region != nil else { throw ValidationError(ValidationText.correctZone.text()) }
        // A founding day alone needs neither: it is always corrected from the start.
        guard region == nil || fromStart != (effective != nil) else {
            throw ValidationError(ValidationText.correctFrom.text())
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
