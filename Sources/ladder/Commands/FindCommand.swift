import ArgumentParser
import Foundation
import LadderKit

struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find", abstract: "Find firms by credit code, name, former name or part of a name.",
        discussion: """
            TEXT is a 统一社会信用代码 (full-width, lower case, spaces or a trailing 。 are fine), a current or \
            former name (（） and () alike), or two or more characters of a name, e.g. 众城. Best first: the \
            code, the exact name, an exact former name, then names containing TEXT (those starting with it, \
            then shorter names). Names, place and position are those on the as-of day.
            """)

    @Argument(help: ArgumentHelp("A credit code, a name, or part of a name.", valueName: "text")) var text: String
    @Option(help: ArgumentHelp("List at most this many firms (default \(Registry.findDefaultLimit)).", valueName: "n"))
    var limit: Int = Registry.findDefaultLimit
    @Flag(help: "Print the time the lookup itself took on standard error.") var timing = false
    @OptionGroup var area: RegionOption
    @OptionGroup var read: ReadOptions
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be 1 or more") }
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
