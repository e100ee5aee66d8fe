import ArgumentParser
import Foundation
import LadderKit

struct TargetsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "targets", abstract: FiguresHelp.targetsAbstract.text(),
                             subcommands: [TargetsListCommand.self, TargetsSetCommand.self], defaultSubcommand: TargetsListCommand.self)
    }
}

struct TargetsListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: FiguresHelp.targetsListAbstract.text(),
                             discussion: FiguresHelp.targetsListDiscussion.text())
    }

    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let report = try registry.open(knownAt: read.times.knownAt).targets(region: area.region, asOf: read.day, knownAt: read.moment)
            Console.out(report.tabular(for: read.format).render(read.format))
        }
    }
}

struct TargetsSetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set", abstract: FiguresHelp.targetsSetAbstract.text(),
                             discussion: FiguresHelp.targetsSetDiscussion.text())
    }

    @Argument(help: ArgumentHelp(FiguresHelp.targetsSetTier, kind: .tier)) var tier: Tier
    @Argument(help: ArgumentHelp(FiguresHelp.targetsSetCount, kind: .count)) var count: Int
    @Option(help: ArgumentHelp(FiguresHelp.targetsSetDue, kind: .day), transform: Parse.day) var due: Day
    @Option(help: ArgumentHelp(FiguresHelp.targetsSetRegion, value: .region), transform: Parse.area) var region: Region?
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard count > 0 else { throw ValidationError(ValidationText.targetCount.text()) }
    }

    func run() throws {
        try Failure.reporting {
            let target = try registry.open().setTarget(tier: tier, count: count, due: due, region: region ?? .province,
                                                       context: record.context())
            Console.out(TargetText.recorded.text(["id": target.id, "count": target.count,
                                                  "tier": Language.current == .zh ? tier.chineseName : "\(tier.rawValue) (\(tier.chineseName))", "region": target.region.name,
                                                  "due": ProseFormat.day(target.due)]))
        }
    }
}
