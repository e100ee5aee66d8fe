import ArgumentParser
import LadderKit

/// `ladder batches`: named apart from `import` so that one letter cannot turn a read into a write.
struct BatchesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "batches", abstract: ImportHelp.batchesAbstract.text())
    }

    @Option(help: ArgumentHelp(ImportHelp.batchesRegion, value: .region), transform: Parse.area)
    var region: Region?
    @Option(help: ArgumentHelp(OptionHelp.format, kind: .format)) var format: OutputFormat = .table
    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            Console.out(BatchesText.render(try registry.open().importBatches(region: region), format: format))
        }
    }
}

/// `ladder imports`, the command's name before 2026-12: kept, hidden from help, for scripts.
struct ImportsAliasCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "imports", abstract: ImportHelp.importsAbstract.text(), shouldDisplay: false)
    }

    @OptionGroup var batches: BatchesCommand

    func run() throws { try batches.run() }
}
