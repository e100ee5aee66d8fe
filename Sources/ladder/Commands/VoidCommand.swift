import ArgumentParser
import LadderKit

struct VoidCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "void", abstract: CorrectionHelp.voidAbstract.text(),
                             discussion: CorrectionHelp.voidDiscussion.text())
    }

    @Argument(help: ArgumentHelp(CorrectionHelp.voidEventID, kind: .eventID)) var eventID: Int64?
    @Option(help: ArgumentHelp(CorrectionHelp.voidBatch, kind: .batch)) var batch: Int64?
    @Option(help: ArgumentHelp(CorrectionHelp.voidFirm, kind: .code), transform: Parse.code) var firm: CreditCode?
    @Option(help: ArgumentHelp(CorrectionHelp.voidReason, kind: .reason)) var reason: String
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard [eventID != nil, batch != nil, firm != nil].filter({ $0 }).count == 1 else {
            throw ValidationError(ValidationText.voidOne.text())
        }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError(ValidationText.reasonEmpty.text()) }
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
