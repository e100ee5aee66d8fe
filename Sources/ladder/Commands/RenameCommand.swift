import ArgumentParser
import LadderKit

struct RenameCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rename", abstract: RecordHelp.renameAbstract.text())
    }

    @Argument(help: ArgumentHelp(OptionHelp.firm, kind: .firm), transform: Parse.firm) var firm: String
    @Option(help: ArgumentHelp(RecordHelp.renameName, kind: .name)) var name: String
    @Option(help: ArgumentHelp(RecordHelp.renameEffective, kind: .day), transform: Parse.day) var effective: Day
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
