import ArgumentParser
import LadderKit

struct RevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "End a qualification early (取消资格 / 撤销登记编号).",
        discussion: "The qualification is not valid from the effective day on.")

    @Argument(help: "统一社会信用代码, or an exact current or former name.", transform: Parse.firm) var firm: String
    @Option(help: "The tier whose qualification ends.") var tier: Tier
    @Option(help: "Certificate or 入库 number (or list year) when the firm holds several.") var number: String?
    @Option(help: "First day it is no longer valid.", transform: Parse.day) var effective: Day
    @Option(help: "Ground.") var ground: RevocationGround = .other
    @Option(help: "Why, in words.") var reason: String
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError(UsageErrorText.reasonEmpty.text()) }
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
