import ArgumentParser
import LadderKit

struct RelocateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relocate", abstract: "Record a move (迁移) to another division; qualifications move along.")

    @Argument(help: "统一社会信用代码, or an exact current or former name.", transform: Parse.firm) var firm: String
    @Option(help: "New division code (GB/T 2260) or Jiangxi division name.", transform: Parse.region) var region: RegionCode
    @Option(help: "Reporting zone at the new place (赣江新区 = ganjiang).") var zone: Zone?
    @Option(help: "Day the move takes effect.", transform: Parse.day) var effective: Day
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
