import ArgumentParser
import LadderKit

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Who recorded what, when, from which import batch or command (oldest first).",
        discussion: "Lists imports, registrations, events, facts versions, policy imports and batch voids.")

    @Option(name: .customLong("operator"), help: ArgumentHelp("Only this operator's records.", valueName: "name"))
    var operatorName: String?
    @Option(help: ArgumentHelp("Only records from this day on (China time).", valueName: "day"), transform: Parse.day)
    var since: Day?
    @Option(help: ArgumentHelp(
        "Only records about firms in this region (on the --as-of day) or made by its accounts.",
        discussion: "A 设区市, a 县区, ganjiang or the province, as for `ladder stats --region`; an account's region includes "
            + "the regions within it.", valueName: "region"), transform: Parse.area)
    var region: Region?
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day whose place of each firm --region goes by (default: today).",
                                                           valueName: "day"), transform: Parse.day)
    var asOf: Day?
    @Option(help: "Output format.") var format: OutputFormat = .table
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            Console.out(LogText.render(try registry.open().log(operatorName: operatorName, since: since, region: region,
                                                                       asOf: asOf ?? Clock.today()), format: format))
        }
    }
}
