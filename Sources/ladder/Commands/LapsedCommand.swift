import ArgumentParser
import LadderKit

struct LapsedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lapsed", abstract: "List qualifications that ran out without a successor, with contacts.",
        discussion: """
            Ended (expired, not revoked) on or after --since and before the as-of day, with no new qualification of \
            the same tier starting within the policy's recertification_window_days (default 365) of the end by the \
            as-of day, and that window closed: lapsed as `ladder cohort` counts them. Without --since, those whose \
            window closed within the year before the as-of day. With --pending, those whose window is still open \
            instead — the firms that can still renew; "renew by" is the window's last day — all of them by default.
            """)

    @Option(help: "List only this tier.") var tier: Tier?
    @Option(help: ArgumentHelp("Earliest end day to list (default: see above).", valueName: "day"), transform: Parse.day)
    var since: Day?
    @Flag(help: "List those whose renewal window is still open instead.") var pending = false
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let report = try registry.open(knownAt: read.times.knownAt).lapsed(
                tier: tier, since: since, pending: pending, region: area.region, asOf: read.day, knownAt: read.moment)
            Console.out(report.tabular.render(read.format))
        }
    }
}
