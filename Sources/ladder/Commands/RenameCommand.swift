import ArgumentParser
import LadderKit

struct RenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "Record a change of name (更名); numbers and end days are kept.")

    @Argument(help: "统一社会信用代码.", transform: Parse.code) var code: CreditCode
    @Option(help: "The new name.") var name: String
    @Option(help: "Day the new name takes effect.", transform: Parse.day) var effective: Day
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func run() throws {
        try Failure.reporting {
            WriteReport.print(try registry.open().rename(code, to: name, effective: effective, context: record.context()))
        }
    }
}
