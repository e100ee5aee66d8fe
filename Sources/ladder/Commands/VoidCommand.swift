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
                Console.out("voided batch \(batch): \(report.voidedEvents) event(s) voided, its facts and profile corrections "
                    + "set aside; \(report.setAside.count) firm(s) it registered set aside, \(report.kept.count) kept")
                // One line per firm kept, the first 20: a big roster's batch can keep thousands.
                for kept in report.kept.prefix(20) {
                    Console.out("kept \(kept.creditCode) \(kept.name): " + kept.references.joined(separator: "; "))
                }
                if report.kept.count > 20 {
                    Console.out("… and \(report.kept.count - 20) more kept, each referred to by records outside batch \(batch)")
                }
            } else if let firm {
                let enterprise = try opened.voidRegistration(firm, reason: reason, context: record.context())
                Console.out("set aside \(enterprise.creditCode) \(enterprise.registeredName): as if never registered from now on")
            } else if let eventID {
                let event = try opened.void(eventID: eventID, reason: reason, context: record.context())
                Console.out("recorded event #\(event.id): voided event #\(eventID)")
            }
        }
    }
}
