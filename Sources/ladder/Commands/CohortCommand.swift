import ArgumentParser
import LadderKit

struct CohortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort", abstract: "Follow each year's qualifications: still valid, revoked, re-certified, lapsed.",
        discussion: """
            A qualification that ran to its end was re-certified when a new one of the same tier started within \
            the policy's recertification_window_days (default 365) of that end, either side; lapsed when none did and the window has \
            closed; pending while it is open. Retention = re-certified / (re-certified + lapsed). With --by city, a firm \
            counts where it was on the day its qualification started.
            """)

    @Option(help: "The tier to follow.") var tier: Tier = .hnte
    @Option(help: "Group each year by city.") var by: CityGrouping?
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let report = try registry.open(knownAt: read.times.knownAt).cohort(tier: tier, byCity: by == .city, region: area.region, asOf: read.day, knownAt: read.moment)
            Console.out(report.tabular.render(read.format))
        }
    }
}
