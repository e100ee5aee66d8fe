import ArgumentParser
import LadderKit

struct AdmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admit", abstract: "Record a 科技型中小企业 admission (入库) with its 入库登记编号.",
        discussion: "Valid from the admission day through the end of the number's year (policy knob tsme.end).")

    @Argument(help: "统一社会信用代码, or an exact current or former name.", transform: Parse.firm) var firm: String
    @Option(help: "入库登记编号, 18 characters, e.g. 2024360111A0000001.", transform: Parse.tsmeNumber)
    var number: TsmeNumber
    @Option(help: "Admission announcement day.", transform: Parse.day) var effective: Day
    @Option(help: ArgumentHelp("Record it although the rules refuse it; the reason is kept on the event.",
                               valueName: "reason"))
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
