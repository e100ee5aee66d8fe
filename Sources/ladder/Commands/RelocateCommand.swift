import ArgumentParser
import LadderKit

struct RelocateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "relocate", abstract: RecordHelp.relocateAbstract.text())
    }

    @Argument(help: ArgumentHelp(OptionHelp.firm, kind: .firm), transform: Parse.firm) var firm: String
    @Option(help: ArgumentHelp(RecordHelp.relocateRegion, kind: .region), transform: Parse.region) var region: RegionCode
    @Option(help: ArgumentHelp(RecordHelp.relocateZone, kind: .zone)) var zone: Zone?
    @Option(help: ArgumentHelp(RecordHelp.relocateEffective, kind: .day), transform: Parse.day) var effective: Day
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func run() throws {
        try Failure.reporting {
            let opened = try registry.open()
            let code = try opened.creditCode(of: firm)
            WriteReport.print(try opened.relocate(code, to: Location(division: region, zone: zone),
                                                           effective: effective, context: record.context()))
        }
    }
}
