import ArgumentParser
import LadderKit

struct VoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Correct a mistake: treat an earlier event as never having happened.",
        discussion: "The event stays in the history, marked voided; `--known-at` before the void still sees it.")

    @Argument(help: "The event number (#) shown by `ladder show`.") var eventID: Int64
    @Option(help: "Why the event is void.") var reason: String
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--reason is empty") }
    }

    func run() throws {
        try Failure.reporting {
            let event = try registry.open().void(eventID: eventID, reason: reason, context: record.context())
            Console.out("recorded event #\(event.id): voided event #\(eventID)")
        }
    }
}
