import ArgumentParser
import Foundation
import LadderKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write a one-page HTML report: targets, 高企 by city, trend, cohorts, funnel, expiries.",
        discussion: """
            The page is self-contained (no external files or network), prints on A4, and names its dates and policy.             With --region, the report of that region: its own targets, its counties instead of cities, its trend,             cohorts, funnel and expiries, and its name in the title.
            """)

    @Option(help: "The HTML file to write.") var out: String
    @Option(help: "Months in the trend chart.") var months: Int = 24
    @Option(help: "Days ahead in the expiry table.") var within: Int = 90
    @OptionGroup var area: RegionOption
    @OptionGroup var time: TimeOptions
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        try OutputPath.check(out, allowed: ["html", "htm"])
        guard (2...240).contains(months) else { throw ValidationError("--months must be 2 to 240") }
        guard within >= 0 else { throw ValidationError("--within must be 0 or more days") }
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
