import ArgumentParser
import LadderKit

struct RevokeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "revoke", abstract: RecordHelp.revokeAbstract.text(),
                             discussion: RecordHelp.revokeDiscussion.text())
    }

    @Argument(help: ArgumentHelp(OptionHelp.firm, kind: .firm), transform: Parse.firm) var firm: String
    @Option(help: ArgumentHelp(RecordHelp.revokeTier, kind: .tier)) var tier: Tier
    @Option(help: ArgumentHelp(RecordHelp.revokeNumber, kind: .number)) var number: String?
    @Option(help: ArgumentHelp(RecordHelp.revokeEffective, kind: .day), transform: Parse.day) var effective: Day
    @Option(help: ArgumentHelp(RecordHelp.revokeGround, kind: .ground)) var ground: RevocationGround = .other
    @Option(help: ArgumentHelp(RecordHelp.revokeReason, kind: .reason)) var reason: String
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError(ValidationText.reasonEmpty.text()) }
    }

    func run() throws {
        try Failure.reporting {
            let opened = try registry.open()
            let code = try opened.creditCode(of: firm)
            WriteReport.print(try opened.revoke(code, tier: tier, number: number, effective: effective,
                                                         ground: ground, reason: reason, context: record.context()))
        }
    }
}
