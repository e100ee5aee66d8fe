import ArgumentParser
import Foundation
import LadderKit

struct FindCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "find", abstract: CommandHelp.findAbstract.text(),
                             discussion: CommandHelp.findDiscussion.text())
    }

    @Argument(help: ArgumentHelp(CommandHelp.findText, value: .text)) var text: String
    @Option(help: ArgumentHelp(CommandHelp.findLimit, value: .n, ["limit": Registry.findDefaultLimit]))
    var limit: Int = Registry.findDefaultLimit
    @Flag(help: ArgumentHelp(CommandHelp.findTiming)) var timing = false
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        if limit < 1 { throw ValidationError(ValidationText.findLimit.text()) }
    }

    func run() throws {
        try Failure.reporting {
            let opened = try registry.open(knownAt: read.times.knownAt)
            let started = Clock.monotonicNanoseconds()
            let search = try opened.find(text, asOf: read.day, knownAt: read.moment, limit: limit, region: area.region)
            let elapsed = Clock.monotonicNanoseconds() - started
            if timing { Console.note(FindText.timing.text(["ms": String(format: "%.1f", Double(elapsed) / 1e6)])) }
            // Nothing found is an answer (exit 0); a text too short to look up is a usage error.
            if let refusal = search.refusal {
                Console.error(refusal)
                throw ExitCode(ExitCode.validationFailure.rawValue)
            }
            Console.out(search.tabular.render(read.format))
            if read.format != .table { search.notes.forEach { Console.note(FindText.note.text(["note": $0])) } }
        }
    }
}
