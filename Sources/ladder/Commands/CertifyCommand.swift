import ArgumentParser
import LadderKit

struct CertifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certify", abstract: "Record a 高新技术企业 certificate.",
        discussion: "Valid for three years from the issue day (policy knob hnte.end: civil-code by default).")

    @Argument(help: "统一社会信用代码, or an exact current or former name.", transform: Parse.firm) var firm: String
    @Option(help: "Certificate number, e.g. GR202336000123.", transform: Parse.certificate) var number: CertificateNumber
    @Option(help: "Issue day (发证日期).", transform: Parse.day) var issued: Day
    @Option(help: ArgumentHelp("Record it although the rules refuse it; the reason is kept on the event.",
                               valueName: "reason"))
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
