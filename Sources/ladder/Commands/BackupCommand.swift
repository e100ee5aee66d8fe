import ArgumentParser
import LadderKit

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the registry to a file, consistently, while others keep working.",
        discussion: """
            Uses SQLite's online backup from one snapshot: other processes may write meanwhile, and the copy \
            holds every transaction committed before it began and none after. The copy is one self-contained \
            file (mode 0660). Put it back with `ladder restore PATH`.
            """)

    @Argument(help: "Where to write the copy.") var destination: String
    @Flag(help: "Replace an existing file at the destination.") var force = false
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let counts = try registry.open().backup(to: destination, force: force)
            Console.out(SystemText.backedUp.text(["path": registry.path, "destination": destination, "counts": counts.summary]))
        }
    }
}
