import ArgumentParser
import LadderKit

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Replace the registry with a backup that passes `ladder verify`.",
        discussion: """
            The backup must be a ladder registry this ladder can read and must pass verify. The registry as it \
            was is kept beside it as NAME.before-restore-<time>.sqlite. Refused while another process holds \
            the registry's write lock for longer than $LADDER_BUSY_TIMEOUT seconds (default 10).
            """)

    @Argument(help: "A backup made by `ladder backup`.") var source: String
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let outcome = try Registry.restore(from: source, into: registry.path, options: try registry.openOptions())
            Console.out(SystemText.restored.text(["path": registry.path, "source": source, "counts": outcome.counts.summary])
                + (outcome.kept.map { SystemText.restoredKept.text(["kept": $0]) } ?? ""))
        }
    }
}
