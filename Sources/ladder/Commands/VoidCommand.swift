import ArgumentParser
import LadderKit

struct VoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Correct a mistake: treat an event, an import batch or a firm's registration as never having happened.",
        discussion: """
            The events stay in the history, marked voided; `--known-at` before the void still sees them. \
            `--batch N` voids every event of import batch N in one transaction, sets its facts and profile corrections aside, \
            and sets aside the firms it registered unless something outside the batch refers to them (it says which it kept \
            and why). `--firm CODE` sets aside a firm registered by mistake when nothing else refers to it. A firm set aside \
            is as if never registered for reads known after; registering its code again takes up the same record.
            """)

    @Argument(help: "The event number (#) shown by `ladder show`.") var eventID: Int64?
    @Option(help: "An import batch number, from `ladder batches`.") var batch: Int64?
    @Option(help: "The 统一社会信用代码 of a firm registered by mistake.", transform: Parse.code) var firm: CreditCode?
    @Option(help: "Why it is void.") var reason: String
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard [eventID != nil, batch != nil, firm != nil].filter({ $0 }).count == 1 else {
            throw ValidationError(UsageErrorText.voidWhat.text())
        }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError(UsageErrorText.reasonEmpty.text()) }
    }

    func run() throws {
        try Failure.reporting {
            let opened = try registry.open()
            if let batch {
                let report = try opened.voidBatch(batch, reason: reason, context: record.context())
                Console.out(WriteText.voidedBatch.text(["batch": batch, "events": report.voidedEvents, "setAside": report.setAside.count,
                                                          "kept": report.kept.count]))
                // One line per firm kept, the first 20: a big roster's batch can keep thousands.
                for kept in report.kept.prefix(20) {
                    Console.out(WriteText.keptFirm.text(["code": kept.creditCode, "name": kept.name,
                                                        "references": kept.references.joined(separator: RegistryErrorText.listSeparator.text())]))
                }
                if report.kept.count > 20 {
                    Console.out(WriteText.keptMore.text(["count": report.kept.count - 20, "batch": batch]))
                }
            } else if let firm {
                let enterprise = try opened.voidRegistration(firm, reason: reason, context: record.context())
                Console.out(WriteText.setAside.text(["code": enterprise.creditCode, "name": enterprise.registeredName]))
            } else if let eventID {
                let event = try opened.void(eventID: eventID, reason: reason, context: record.context())
                Console.out(WriteText.voidedEvent.text(["id": event.id, "target": eventID]))
            }
        }
    }
}
