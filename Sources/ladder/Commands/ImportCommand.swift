import ArgumentParser
import Foundation
import LadderKit

struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: ImportHelp.importAbstract.text(),
                             discussion: ImportHelp.importDiscussion.text())
    }

    @Argument(help: ArgumentHelp(ImportHelp.files, kind: .files)) var files: [String]
    @Option(name: .customLong("as"), help: ArgumentHelp(ImportHelp.kind, kind: .kind)) var kind: ImportKind?
    @Option(help: ArgumentHelp(ImportHelp.encoding, kind: .encoding)) var encoding: TextEncoding = .auto
    @Option(help: ArgumentHelp(ImportHelp.sheet, kind: .sheet)) var sheet: String?
    @Option(help: ArgumentHelp(ImportHelp.headerRow, more: ImportHelp.headerRowMore, value: .n))
    var headerRow: Int?
    @Option(name: .customLong("map"), help: ArgumentHelp(ImportHelp.map, value: .mapping))
    var maps: [String] = []
    @Option(help: ArgumentHelp(ImportHelp.year, kind: .year)) var year: Int?
    @Option(help: ArgumentHelp(ImportHelp.tier, kind: .tier)) var tier: Tier?
    @Option(help: ArgumentHelp(ImportHelp.category, kind: .category)) var category: ListCategory?
    @Option(help: ArgumentHelp(ImportHelp.effective, kind: .day), transform: Parse.day) var effective: Day?
    @Flag(help: ArgumentHelp(ImportHelp.dryRun)) var dryRun = false
    @Flag(help: ArgumentHelp(ImportHelp.strict)) var strict = false
    @Option(help: ArgumentHelp(ImportHelp.rejects, more: ImportHelp.rejectsMore, value: .path))
    var rejects: String?
    @Option(help: ArgumentHelp(ImportHelp.problems, more: ImportHelp.problemsMore, value: .path))
    var problems: String?
    @Flag(help: ArgumentHelp(ImportHelp.silent)) var silent = false
    @Option(help: ArgumentHelp(ImportHelp.format, kind: .format)) var format: DocumentFormat = .table
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        if rejects != nil && files.count > 1 { throw ValidationError(ValidationText.rejectsOneFile.text()) }
        if problems != nil && files.count > 1 { throw ValidationError(ValidationText.problemsOneFile.text()) }
        if let headerRow, headerRow < 1 { throw ValidationError(ValidationText.headerRow.text()) }
        for entry in maps { _ = try ImportOptions.parseMap(entry) }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError(ValidationText.standardInputOnce.text()) }
    }

    func run() throws {
        var options = ImportOptions()
        options.kind = kind
        options.encoding = encoding
        options.sheet = sheet
        options.headerRow = headerRow
        options.maps = Dictionary(try maps.map { try ImportOptions.parseMap($0) }, uniquingKeysWith: { _, b in b })
        options.year = year
        options.tier = tier
        options.category = category
        options.effective = effective
        options.dryRun = dryRun
        options.strict = strict
        options.keepRowsAsRead = dryRun
        var failed: Int32 = 0
        var documents: [String] = []
        var opened: Registry?
        try Failure.reporting { opened = try registry.open() }
        // Each file is its own batch: a file that fails is reported and the others still run, and
        // every summary gathered is printed whatever happened to the rest.
        for file in files {
            let started = Date()
            let bar = ProgressBar(label: URL(fileURLWithPath: file).lastPathComponent, enabled: !silent)
            var spooled: StandardInput?
            defer { spooled?.remove() }
            do {
                var fileOptions = options
                if file == "-" {
                    // Rejects and problems of standard input go to the current folder as stdin.rejects.*.
                    spooled = try StandardInput()
                    fileOptions.inputName = "stdin"
                    fileOptions.outputBase = FileManager.default.currentDirectoryPath + "/stdin"
                }
                let importer = Importer(registry: opened!, options: fileOptions, context: record.context(),
                                        clock: { Clock.now() })
                let report = try importer.run(path: spooled?.path ?? file, rejectsPath: rejects, problemsPath: problems,
                                              progress: bar.update)
                bar.clear()
                emit(report, seconds: Date().timeIntervalSince(started), into: &documents)
                if report.rejected > 0 {
                    let values: KeyValuePairs<String, any CustomStringConvertible> = [
                        "count": report.rejected, "file": report.fileName, "path": report.rejectsPath ?? "",
                    ]
                    Console.error((report.rejectsPath == nil ? ImportText.rowsRejectedAbove : .rowsRejectedWarning).text(values))
                }
            } catch let failure as ImportFailure {
                bar.clear()
                emit(failure.report, seconds: Date().timeIntervalSince(started), into: &documents)
                Console.error(failure.description + CommandHint.for(failure.error))
                failed = Failure.badData
            } catch {
                bar.clear()
                failed = max(failed, Failure.report(error, prefix: files.count > 1 ? "\(file): " : ""))
            }
        }
        if format == .json {
            Console.out(documents.count == 1 ? documents[0] : "[\n" + documents.joined(separator: ",\n") + "\n]")
        } else if format == .ndjson {
            Console.out(documents.joined(separator: "\n"))
        }
        if failed != 0 { throw ExitCode(failed) }
    }

    private func emit(_ report: ImportReport, seconds: Double, into documents: inout [String]) {
        if format == .json || format == .ndjson {
            if let json = try? ImportSummary.json(report, pretty: format == .json) { documents.append(json) }
        } else {
            Console.out(ImportSummary.text(report, seconds: seconds))
        }
    }
}

extension ImportKind: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {}
