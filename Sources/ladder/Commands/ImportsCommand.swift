import ArgumentParser
import LadderKit

struct ImportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "imports", abstract: "List import batches: file, digest, who, when, what each did.")

    @Option(help: "Output format.") var format: OutputFormat = .table
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            Console.out(BatchesText.render(try registry.open().importBatches(), format: format))
        }
    }
}
