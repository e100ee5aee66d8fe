import ArgumentParser
import LadderKit

struct VoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Correct a mistake: treat an event, or a whole import batch, as never having happened.",
        discussion: """
            The events stay in the history, marked voided; `--known-at` before the void still sees them. \
            `--batch N` voids every event of import batch N in one transaction and sets its facts and profile corrections aside; \
            firms the batch registered stay registered.
            """)

    @Argument(help: "The event number (#) shown by `ladder show`.") var eventID: Int64?
    @Option(help: "An import batch number, from `ladder imports`.") var batch: Int64?
    @Option(help: "Why it is void.") var reason: String
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard (eventID == nil) != (batch == nil) else { throw ValidationError("give either an EVENT_ID or --batch N") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--reason is empty") }
    }

    func run() throws {
        try Failure.reporting {
            let opened = try registry.open()
            if let batch {
                let count = try opened.voidBatch(batch, reason: reason, context: record.context())
                Console.out("voided batch \(batch): \(count) event(s) voided, its facts and profile corrections set aside")
            } else if let eventID {
                let event = try opened.void(eventID: eventID, reason: reason, context: record.context())
                Console.out("recorded event #\(event.id): voided event #\(eventID)")
            }
        }
    }
}
