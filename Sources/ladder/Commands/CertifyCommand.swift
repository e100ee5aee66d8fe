import ArgumentParser
import LadderKit

struct CertifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "certify", abstract: RecordHelp.certifyAbstract.text(),
                             discussion: RecordHelp.certifyDiscussion.text())
    }

    @Argument(help: ArgumentHelp(OptionHelp.firm, kind: .firm), transform: Parse.firm) var firm: String
    @Option(help: ArgumentHelp(RecordHelp.certifyNumber, kind: .number), transform: Parse.certificate) var number: CertificateNumber
    @Option(help: ArgumentHelp(RecordHelp.certifyIssued, kind: .day), transform: Parse.day) var issued: Day
    @Option(help: ArgumentHelp(OptionHelp.override, value: .reason))
    var override: String?
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func run() throws {
        try Failure.reporting {
            let opened = try registry.open()
            let code = try opened.creditCode(of: firm)
            WriteReport.print(try opened.certify(code, number: number, issued: issued,
                                                          context: record.context(override: override)))
        }
    }
}
