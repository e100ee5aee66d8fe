import ArgumentParser
import Foundation
import LadderKit

struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets", abstract: "Plan targets: progress of each target in force, or set one.",
        subcommands: [TargetsListCommand.self, TargetsSetCommand.self], defaultSubcommand: TargetsListCommand.self)
}

struct TargetsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Each target in force: the count now, a year ago, and the projection to its due day.",
        discussion: """
            The projection extends the line through the two counts to the due day, in whole numbers, \
            rounded down. Status: met, on-track, off-track, or missed once the due day has passed. \
            With --region, the targets of that region and of the regions within it (a city's counties).
            """)

    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let report = try registry.open(knownAt: read.times.knownAt).targets(region: area.region, asOf: read.day, knownAt: read.moment)
            Console.out(report.tabular.render(read.format))
        }
    }
}

struct TargetsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Set a target: COUNT firms validly holding TIER by --due.",
        discussion: "The latest target set for a tier and region replaces earlier ones; they stay on record.")

    @Argument(help: "The tier counted.") var tier: Tier
    @Argument(help: "How many firms.") var count: Int
    @Option(help: "The day by which to reach it.", transform: Parse.day) var due: Day
    @Option(help: ArgumentHelp("A 设区市 or 县区 (code or name), or ganjiang; default: the province.",
                               valueName: "region"), transform: Parse.area) var region: Region?
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard count > 0 else { throw ValidationError(UsageErrorText.countAtLeastOne.text()) }
    }

    func run() throws {
        try Failure.reporting {
            let target = try registry.open().setTarget(tier: tier, count: count, due: due, region: region ?? .province,
                                                       context: record.context())
            Console.out(WriteText.targetRecorded.text(["id": target.id, "count": target.count, "tier": tier.rawValue,
                                                       "tierName": tier.chineseName, "region": target.region.name,
                                                       "due": ProseFormat.day(target.due)]))
        }
    }
}
