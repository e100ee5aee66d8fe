import ArgumentParser
import LadderKit

struct BackupCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "backup", abstract: SystemHelp.backupAbstract.text(),
                             discussion: SystemHelp.backupDiscussion.text())
    }

    @Argument(help: ArgumentHelp(SystemHelp.backupDestination, kind: .path)) var destination: String
    @Flag(help: ArgumentHelp(SystemHelp.backupForce)) var force = false
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let counts = try registry.open().backup(to: destination, force: force)
            Console.out(SystemText.backedUp.text(["path": registry.path, "destination": destination, "counts": counts.summary]))
        }
    }
}
