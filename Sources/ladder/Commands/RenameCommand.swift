import ArgumentParser
import LadderKit

struct RenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "Record a change of name (更名); numbers and end days are kept.")

    @Argument(help: "统一社会信用代码, or an exact current or former name.", transform: Parse.firm) var firm: String
    @Option(help: "The new name.") var name: String
    @Option(help: "Day the new name takes effect.", transform: Parse.day) var effective: Day
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func run() throws {
        try Failure.reporting {
            let opened = try registry.open()
            let code = try opened.creditCode(of: firm)
            WriteReport.print(try opened.rename(code, to: name, effective: effective, context: record.context()))
        }
    }
}
