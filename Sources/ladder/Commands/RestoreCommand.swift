import ArgumentParser
import LadderKit

struct RestoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "restore", abstract: SystemHelp.restoreAbstract.text(),
                             discussion: SystemHelp.restoreDiscussion.text())
    }

    @Argument(help: ArgumentHelp(SystemHelp.restoreSource, kind: .path)) var source: String
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            try registry.requireSQLite()
            let outcome = try Registry.restore(from: source, into: registry.path, options: try registry.openOptions())
            Console.out(SystemText.restored.text(["path": registry.path, "source": source, "counts": outcome.counts.summary])
                + (outcome.kept.map { SystemText.restoredKept.text(["kept": $0]) } ?? ""))
        }
    }
}
