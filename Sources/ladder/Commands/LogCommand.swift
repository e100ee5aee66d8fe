import ArgumentParser
import LadderKit

struct LogCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "log", abstract: SystemHelp.logAbstract.text(),
                             discussion: SystemHelp.logDiscussion.text())
    }

    @Option(name: .customLong("operator"), help: ArgumentHelp(SystemHelp.logOperator, value: .name))
    var operatorName: String?
    @Option(help: ArgumentHelp(SystemHelp.logSince, value: .day), transform: Parse.day)
    var since: Day?
    @Option(help: ArgumentHelp(SystemHelp.logRegion, more: SystemHelp.logRegionMore, value: .region), transform: Parse.area)
    var region: Region?
    @Option(name: .customLong("as-of"), help: ArgumentHelp(SystemHelp.logAsOf, value: .day), transform: Parse.day)
    var asOf: Day?
    @Option(help: ArgumentHelp(OptionHelp.format, kind: .format)) var format: OutputFormat = .table
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            Console.out(LogText.render(try registry.open().log(operatorName: operatorName, since: since, region: region,
                                                                       asOf: asOf ?? Clock.today()), format: format))
        }
    }
}
