import ArgumentParser
import LadderKit

/// `ladder batches`: named apart from `import` so that one letter cannot turn a read into a write.
struct BatchesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batches", abstract: "List import batches: file, title, digest, who, when, what each did.")

    @Option(help: ArgumentHelp("Only the batches imported by accounts of this region or of a region within it.",
                               valueName: "region"), transform: Parse.area)
    var region: Region?
    @Option(help: "Output format.") var format: OutputFormat = .table
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            Console.out(BatchesText.render(try registry.open().importBatches(region: region), format: format))
        }
    }
}

/// `ladder imports`, the command's name before 2026-12: kept, hidden from help, for scripts.
struct ImportsAliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "imports", abstract: "The old name of `ladder batches`.", shouldDisplay: false)

    @OptionGroup var batches: BatchesCommand

    func run() throws { try batches.run() }
}
