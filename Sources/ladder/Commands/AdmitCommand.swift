import ArgumentParser
import LadderKit

struct AdmitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "admit", abstract: RecordHelp.admitAbstract.text(),
                             discussion: RecordHelp.admitDiscussion.text())
    }

    @Argument(help: ArgumentHelp(OptionHelp.firm, kind: .firm), transform: Parse.firm) var firm: String
    @Option(help: ArgumentHelp(RecordHelp.admitNumber, kind: .number), transform: Parse.tsmeNumber)
    var number: TsmeNumber
    @Option(help: ArgumentHelp(RecordHelp.admitEffective, kind: .day), transform: Parse.day) var effective: Day
    @Option(help: ArgumentHelp(OptionHelp.override, value: .reason))
    var override: String?
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func run() throws {
        try Failure.reporting {
            let opened = try registry.open()
            let code = try opened.creditCode(of: firm)
            WriteReport.print(try opened.admit(code, number: number, effective: effective,
                                                        context: record.context(override: override)))
        }
    }
}
