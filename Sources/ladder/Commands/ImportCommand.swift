import ArgumentParser
import Foundation
import LadderKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import rosters and published lists (CSV in UTF-8 or GB18030, .xlsx, .xls, PDF).",
        discussion: """
            Each file is one batch in one transaction: good rows land, rejected rows go to NAME.rejects.csv \
            (NAME.rejects.xlsx for a workbook; fix a row there, clear its 问题说明, and import that file), and every \
            problem, warnings too, goes to NAME.problems.csv, one line each; a dry run writes neither unless \
            --rejects or --problems is given. The summary counts problems by kind, one line each with the first \
            rows. The kind of list is detected from the headers; say it with --as. The header is the first of the \
            first 20 rows that names known columns: a title above it is kept with the batch (see `ladder batches`), \
            and 合计, 注：, 说明 lines and page numbers below are skipped and counted. Importing the same file again \
            adds nothing and names the batch it repeats. Exit status 65 with --strict when rows are rejected or \
            there are none. --format json prints one summary per file (an array for several files); --format \
            ndjson prints each file's summary as one line. A PDF list is read through pdftotext (apt-get install \
            poppler-utils); its --dry-run prints every row as read, to be compared with the PDF.
            """)

    @Argument(help: "Files to import; - reads standard input.") var files: [String]
    @Option(name: .customLong("as"), help: "Kind of file.") var kind: ImportKind?
    @Option(help: "Text encoding of CSV files.") var encoding: TextEncoding = .auto
    @Option(help: "Worksheet of an .xlsx or .xls file (default: the first).") var sheet: String?
    @Option(help: ArgumentHelp("Row that holds the column names, as the spreadsheet numbers it.",
                               discussion: "Default: the first of the first 20 rows that names known columns.",
                               valueName: "n"))
    var headerRow: Int?
    @Option(name: .customLong("map"), help: ArgumentHelp("Map a header to a field: '列名=field' (repeatable).",
                                                           valueName: "列名=field"))
    var maps: [String] = []
    @Option(help: "Fiscal year of the annual figures when there is no 年度 column.") var year: Int?
    @Option(help: "Tier of a selection or revocation list.") var tier: Tier?
    @Option(help: "Category of a selection list without a 类别 column.") var category: ListCategory?
    @Option(help: "Day of the list's notice, for rows without a date column.", transform: Parse.day) var effective: Day?
    @Flag(help: "Read and report everything; write nothing.") var dryRun = false
    @Flag(help: "If any row is rejected, or there are none, write nothing and exit 65.") var strict = false
    @Option(help: ArgumentHelp("Where rejected rows go (a workbook if it ends in .xlsx, else CSV).",
                               discussion: "Default: beside the input as NAME.rejects.csv, or NAME.rejects.xlsx for a workbook.",
                               valueName: "path"))
    var rejects: String?
    @Option(help: ArgumentHelp("Where every problem goes, one line each.",
                               discussion: "Default: beside the input as NAME.problems.csv.", valueName: "path"))
    var problems: String?
    @Flag(help: "No progress bar.") var silent = false
    @Option(help: "Summary format (table, json or ndjson: one summary per file, one line each).") var format: DocumentFormat = .table
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        if rejects != nil && files.count > 1 { throw ValidationError("--rejects takes one input file") }
        if problems != nil && files.count > 1 { throw ValidationError("--problems takes one input file") }
        if let headerRow, headerRow < 1 { throw ValidationError("--header-row counts from 1, as the spreadsheet shows rows") }
        for entry in maps { _ = try ImportOptions.parseMap(entry) }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read once") }
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
