import ArgumentParser
import Foundation
import LadderKit

struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: ExportHelp.reportAbstract.text(),
                             discussion: ExportHelp.reportDiscussion.text())
    }

    @Option(help: ArgumentHelp(ExportHelp.reportOut, kind: .file)) var out: String
    @Option(help: ArgumentHelp(ExportHelp.reportMonths, kind: .months)) var months: Int = 24
    @Option(help: ArgumentHelp(ExportHelp.reportWithin, kind: .days)) var within: Int = 90
    @OptionGroup var area: RegionOption
    @OptionGroup var time: TimeOptions
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        try OutputPath.check(out, allowed: ["html", "htm"])
        guard (2...240).contains(months) else { throw ValidationError(ValidationText.reportMonths.text()) }
        guard within >= 0 else { throw ValidationError(ValidationText.withinDays.text()) }
    }

    func run() throws {
        try Failure.reporting {
            let content = try registry.open(knownAt: time.knownAt).reportContent(region: area.region, asOf: time.day, knownAt: time.moment, generatedAt: Clock.now(),
                                                            trendMonths: months, expiringDays: within)
            try ReportHTML.write(content, to: URL(fileURLWithPath: out))
            Console.out(ReportText.wrote.text(["file": out, "asOf": ProseFormat.day(time.day), "policy": content.policyLabel]))
        }
    }
}
