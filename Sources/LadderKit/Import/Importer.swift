import Foundation
import GRDB

/// Imports one file: read rows as they stream, check each, and record the good ones in one
/// transaction with an `import_batch` row (or, in a dry run or a strict run with rejections,
/// write nothing at all).
public struct Importer {
    public let registry: Registry
    public let options: ImportOptions
    public let context: WriteContext
    /// Reads the clock for the batch's finish time (the library never reads it itself).
    public let clock: @Sendable () -> Moment
    /// False: a first import leaves the trigram index to SQLite, in place (how tests compare both ways).
    var buildsTrigramIndexAside = true

    public init(registry: Registry, options: ImportOptions, context: WriteContext, clock: @escaping @Sendable () -> Moment) {
        self.registry = registry
        self.options = options
        self.context = context
        self.clock = clock
    }

    /// `rejectsPath`: where rejected rows go, a workbook when it ends in .xlsx, else a CSV (default
    /// beside the input as NAME.rejects.csv, or NAME.rejects.xlsx for a workbook); `problemsPath`:
    /// where every problem goes, one line each (default NAME.problems.csv). A dry run writes
    /// neither unless its path is given.
    public func run(path: String, rejectsPath: String? = nil, problemsPath: String? = nil,
                    progress: ((ImportProgress) -> Void)? = nil) throws -> ImportReport {
        // The file's own size, through a symbolic link (the link's would be a few bytes, recorded
        // in the batch and taken as the file's length).
        let size = (try? FileManager.default.attributesOfItem(
            atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)[.size] as? Int64) ?? nil
        guard let size else { throw ImportError.unreadable(path: path, reason: SystemText.noSuchFile.text()) }
        let (reader, columns, kind) = try Importer.openTable(path: path, options: options)
        let digest = FileDigest(path: path)
        let fileName = options.inputName ?? URL(fileURLWithPath: path).lastPathComponent
        let base = options.outputBase ?? path
        var report = ImportReport(fileName: fileName, sha256: "", sizeBytes: size, encoding: reader.encodingName,
                                  kind: kind, dryRun: options.dryRun)
        report.title = reader.title
        report.headerRow = reader.headerRowNumber
        report.notes = Importer.layoutNotes(reader) + Importer.headerNotes(columns, headers: reader.header)
        let isWorkbook = reader.isWorkbook
        let keepRows = options.dryRun && options.keepRowsAsRead && reader.encodingName == "pdf"
        if keepRows {
            report.rowsAsRead = [RowAsRead(number: reader.headerRowNumber, cells: reader.header, outcome: .header)]
        }
        let parser = RowParser(columns: columns, headers: reader.header, kind: kind, options: options,
                               today: ChinaTime.day(of: context.at), fileName: fileName,
                               isCSV: !isWorkbook)
        // A dry run writes nothing, not even the rejects or problems file, unless a path for it was given.
        let rejects = options.dryRun && rejectsPath == nil ? nil
            : RejectsWriter(path: rejectsPath ?? Importer.defaultRejectsPath(for: base, workbook: isWorkbook),
                            headers: reader.header, skipping: Set(columns.rejectInfo.values),
                            fields: Dictionary(columns.columns.map { ($0.index, $0.field) }, uniquingKeysWith: { a, _ in a }))
        let problems = options.dryRun && problemsPath == nil ? nil
            : ProblemsWriter(path: problemsPath ?? Importer.defaultProblemsPath(for: base))
        // The digest is computed on the other core while the rows are read, and recorded at the end.
        report.sha256 = String(repeating: "0", count: 64)

        if case .engine = registry.store {
            report = try onServer(report: report, kind: kind, digest: digest) { session in
                try Importer.readRows(reader, parser: parser, session: session, rejects: rejects, problems: problems,
                                      keepRows: keepRows, progress: progress)
            } startSession: { store, connection, batchID, report in
                try ImportSession(store: store, connection: connection, db: nil, batchID: batchID, context: context,
                                  kind: kind, report: report, headers: parser.columnOf.mapValues { reader.header[$0] },
                                  expectedRows: Importer.expectedRows(bytes: size, isCSV: parser.isCSV))
            }
        } else {
            report = try registry.sqliteWriter("import").writeWithoutTransaction { db in
                var final = report
                try DeferredForeignKeys.around(db) { keys in try db.inTransaction(.immediate) {
                    let batchID = try Importer.insertBatch(db, report: final, options: options, context: context)
                    let session = try ImportSession(db: db, batchID: batchID, context: context, kind: kind, report: final,
                                                    headers: parser.columnOf.mapValues { reader.header[$0] },
                                                    expectedRows: Importer.expectedRows(bytes: size, isCSV: parser.isCSV))
                    session.region = options.region == .province ? nil : options.region
                    let deferred = session.startedEmpty ? try DeferredIndexes.drop(db) : nil
                    // A first import builds the trigram index on another core (nothing to build it for in a dry run).
                    let trigrams = session.startedEmpty && !options.dryRun && buildsTrigramIndexAside ? Importer.trigramBuilder(db) : nil
                    defer { trigrams?.close() }
                    session.trigrams = trigrams
                    try Importer.readRows(reader, parser: parser, session: session, rejects: rejects, problems: problems,
                                          keepRows: keepRows, progress: progress)
                    // The name index first: its builder's memory is freed before the index rebuilds sort
                    // (in the other order the two overlapped: 152 MB peak against 145 at 1M rows).
                    try SortingCache.around(db) {
                        try Registry.fillFirmNames(db, trigrams: trigrams)  // the name index, in bulk for the whole file
                        session.report.trigramIndex = trigrams?.outcome
                        try deferred?.restore(db)
                        try Registry.fillGrantPlaces(db)  // the statistics cache, in bulk for the whole file
                    }
                    final = session.report
                    final.sha256 = try digest.wait()
                    final.earlierBatches = try Int64.fetchAll(db, sql: """
                        SELECT id FROM import_batch WHERE sha256 = ? AND id <> ? ORDER BY id
                        """, arguments: [final.sha256, batchID])
                    // A file without data rows records no batch: there is nothing it did.
                    let keep = !options.dryRun && final.rows > 0 && !(options.strict && final.rejected > 0)
                    final.batchID = keep ? batchID : nil
                    if keep { try keys?.check(db) }
                    try Importer.finishBatch(db, id: batchID, report: final, at: clock())
                    return keep ? .commit : .rollback
                } }
                return final
            }
        }
        report.notes += Importer.skippedNotes(reader, rows: report.rows)
        if let written = try rejects?.finish() {
            report.rejectsPath = written.written
            if let kept = written.keptEarlier {
                report.notes.append(ImportNoteText.earlierRejectsKept.text(["path": kept]))
            }
        }
        report.problemsPath = try problems?.finish()
        if options.strict && report.rejected > 0 { throw ImportFailure(report: report, error: .strictRejected(count: report.rejected)) }
        if options.strict && report.rows == 0 { throw ImportFailure(report: report, error: .noDataRows(headerRow: report.headerRow)) }
        return report
    }

    static func readRows(_ reader: any RowReader, parser: RowParser, session: ImportSession,
                                 rejects: RejectsWriter?, problems: ProblemsWriter?, keepRows: Bool,
                                 progress: ((ImportProgress) -> Void)?) throws {
        var assumedJanuaryFirst = false, factsWithoutYear = false, cancelledFromYear = false
        let totalBytes = reader.totalBytes
        let pipeline = RowPipeline(reader: reader, parser: parser, mayBeUnchanged: session.mayBeUnchanged)
        defer { pipeline.cancel() }
        while let batch = try pipeline.next() {
            // A row left unparsed may be unchanged, known from the fingerprints without a lookup.
            try session.statements.lookAhead(codes: batch.items.compactMap { $0.outcome == nil ? nil : $0.code },
                                             numbers: batch.items.flatMap(\.grantNumbers))
            for item in batch.items {
                session.report.rows += 1
                let row = item.row
                func keep(_ outcome: RowAsRead.Outcome) {
                    guard keepRows else { return }
                    session.report.rowsAsRead.append(RowAsRead(number: row.number, cells: row.cells.map(\.rawText),
                                                               outcome: outcome))
                }
                if let code = item.code,
                   try session.unchangedAsBefore(code: code, rawKey: item.rawKey, rawFirmKey: item.rawFirmKey, year: item.year,
                                                 number: row.number) {
                    session.report.unchanged += 1
                    keep(.unchanged)
                    continue
                }
                let outcome = item.outcome ?? parser.parse(row, code: item.code)
                assumedJanuaryFirst = assumedJanuaryFirst || outcome.assumedJanuaryFirst
                factsWithoutYear = factsWithoutYear || outcome.factsWithoutYear
                cancelledFromYear = cancelledFromYear || outcome.cancelledFromYear
                var issues = outcome.errors
                var unchanged = false
                if issues.isEmpty {
                    switch try session.apply(outcome.row, number: row.number, rawKey: item.rawKey, rawFirmKey: item.rawFirmKey) {
                    case .changed: break
                    case .unchanged:
                        session.report.unchanged += 1
                        unchanged = true
                    case let .rejected(found): issues = found
                    }
                }
                // A rejects file's row is also named by its 原行号, the row the user first saw.
                let earlier = issues.isEmpty && outcome.warnings.isEmpty && session.warnings.isEmpty ? nil
                    : parser.earlierRejection(of: row)
                if !issues.isEmpty {
                    session.report.rejected += 1
                    try rejects?.write(row: row, issues: issues, earlier: earlier, keepingReason: outcome.keepsEarlierReason)
                }
                keep(!issues.isEmpty ? .rejected : unchanged ? .unchanged : .accepted)
                for found in issues + outcome.warnings + session.warnings {
                    let issue = earlier?.row.map(found.from(originalRow:)) ?? found
                    session.report.record(issue)
                    try problems?.write(issue)
                }
                session.warnings.removeAll(keepingCapacity: true)
            }
            progress?(ImportProgress(rows: session.report.rows, bytesRead: batch.bytesRead, totalBytes: totalBytes,
                                     finished: false))
        }
        progress?(ImportProgress(rows: session.report.rows, bytesRead: totalBytes, totalBytes: totalBytes,
                                 finished: true))
        if assumedJanuaryFirst {
            session.report.notes.append(ImportNoteText.assumedJanuaryFirst.text())
        }
        if cancelledFromYear {
            session.report.notes.append(ImportNoteText.cancelledFromYear.text())
        }
        if factsWithoutYear {
            session.report.notes.append(ImportNoteText.factsWithoutYear.text())
        }
    }

    /// The trigram index's builder for a first import; nil when the registry's index is not the
    /// empty one or the private database cannot be made (SQLite then builds it in place, as always).
    static func trigramBuilder(_ db: Database) -> TrigramIndexBuilder? {
        (try? TrigramIndexBuilder.start(db)) ?? nil
    }

    /// A generous guess of a file's rows from its size (a roster row is 120–200 bytes of CSV).
    static func expectedRows(bytes: Int64, isCSV: Bool) -> Int {
        Int(min(bytes / (isCSV ? 150 : 100), 20_000_000))
    }

    /// NAME.rejects.csv beside a text file, NAME.rejects.xlsx beside a workbook.
    static func defaultRejectsPath(for path: String, workbook: Bool) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingPathExtension().path + (workbook ? ".rejects.xlsx" : ".rejects.csv")
    }

    static func defaultProblemsPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingPathExtension().path + ".problems.csv"
    }
}

/// An import that ran but must fail (e.g. `--strict` with rejected rows): the report says what was found.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public let report: ImportReport
    public let error: ImportError
    public var description: String { error.description }
}
