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

    public init(registry: Registry, options: ImportOptions, context: WriteContext, clock: @escaping @Sendable () -> Moment) {
        self.registry = registry
        self.options = options
        self.context = context
        self.clock = clock
    }

    /// `rejectsPath`: where rejected rows go (default beside the input as NAME.rejects.csv).
    public func run(path: String, rejectsPath: String? = nil,
                    progress: ((ImportProgress) -> Void)? = nil) throws -> ImportReport {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? nil
        guard let size else { throw ImportError.unreadable(path: path, reason: "no such file") }
        let reader = try TableFile.open(path: path, encoding: options.encoding, sheet: options.sheet)
        let digest = FileDigest(path: path)
        let columns = HeaderMatcher.match(reader.header, overrides: options.maps)
        // --tier or --category name a growth or leader list whatever its columns (a list of names
        // and codes would otherwise read as a roster, recording nothing).
        let listed: ImportKind? = options.tier != nil || options.category != nil ? .selectionList : nil
        let kind = try options.kind ?? listed ?? ImportKind.detect(columns.fields) ?? {
            throw ImportError.unknownKind(headers: reader.header)
        }()
        try Importer.requireColumns(kind: kind, columns: columns, options: options)
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        var report = ImportReport(fileName: fileName, sha256: "", sizeBytes: size, encoding: reader.encodingName,
                                  kind: kind, dryRun: options.dryRun)
        report.notes = Importer.headerNotes(columns, headers: reader.header)
        let parser = RowParser(columns: columns, headers: reader.header, kind: kind, options: options,
                               today: ChinaTime.day(of: context.at), fileName: fileName,
                               isCSV: reader.encodingName != "xlsx")
        // A dry run writes nothing, not even the rejects file, unless a path for it was given.
        let rejects = options.dryRun && rejectsPath == nil ? nil
            : RejectsWriter(path: rejectsPath ?? Importer.defaultRejectsPath(for: path), headers: reader.header,
                            skipping: Set(columns.rejectInfo.values))
        // The digest is computed on the other core while the rows are read, and recorded at the end.
        report.sha256 = String(repeating: "0", count: 64)

        report = try registry.writer.writeWithoutTransaction { db in
            var final = report
            try db.inTransaction(.immediate) {
                let batchID = try Importer.insertBatch(db, report: final, options: options, context: context)
                let session = try ImportSession(db: db, batchID: batchID, context: context, kind: kind, report: final,
                                                headers: parser.columnOf.mapValues { reader.header[$0] },
                                                expectedRows: Importer.expectedRows(bytes: size, isCSV: parser.isCSV))
                let deferred = session.startedEmpty ? try DeferredIndexes.drop(db) : nil
                try Importer.readRows(reader, parser: parser, session: session, rejects: rejects, progress: progress)
                try Registry.fillFirmNames(db)  // the name index, in bulk for the whole file
                try deferred?.restore(db)
                try Registry.fillGrantPlaces(db)  // the statistics cache, in bulk for the whole file
                final = session.report
                final.sha256 = try digest.wait()
                final.earlierBatches = try Int64.fetchAll(db, sql: """
                    SELECT id FROM import_batch WHERE sha256 = ? AND id <> ? ORDER BY id
                    """, arguments: [final.sha256, batchID])
                let keep = !options.dryRun && !(options.strict && final.rejected > 0)
                final.batchID = keep ? batchID : nil
                try Importer.finishBatch(db, id: batchID, report: final, at: clock())
                return keep ? .commit : .rollback
            }
            return final
        }
        if let written = try rejects?.finish() {
            report.rejectsPath = written.written
            if let kept = written.keptEarlier {
                report.notes.append("the earlier rejects file was kept as \(kept)")
            }
        }
        if options.strict && report.rejected > 0 { throw ImportFailure(report: report, error: .strictRejected(count: report.rejected)) }
        return report
    }

    private static func readRows(_ reader: any RowReader, parser: RowParser, session: ImportSession,
                                 rejects: RejectsWriter?, progress: ((ImportProgress) -> Void)?) throws {
        var assumedJanuaryFirst = false, factsWithoutYear = false, cancelledFromYear = false
        let totalBytes = reader.totalBytes
        let pipeline = RowPipeline(reader: reader, parser: parser, mayBeUnchanged: session.mayBeUnchanged)
        defer { pipeline.cancel() }
        while let batch = try pipeline.next() {
            for item in batch.items {
                session.report.rows += 1
                let row = item.row
                if let code = item.code,
                   try session.unchangedAsBefore(code: code, rawKey: item.rawKey, number: row.number) {
                    session.report.unchanged += 1
                    continue
                }
                let outcome = item.outcome ?? parser.parse(row)
                assumedJanuaryFirst = assumedJanuaryFirst || outcome.assumedJanuaryFirst
                factsWithoutYear = factsWithoutYear || outcome.factsWithoutYear
                cancelledFromYear = cancelledFromYear || outcome.cancelledFromYear
                var issues = outcome.errors
                if issues.isEmpty {
                    switch try session.apply(outcome.row, number: row.number, rawKey: item.rawKey) {
                    case .changed: break
                    case .unchanged: session.report.unchanged += 1
                    case let .rejected(found): issues = found
                    }
                }
                if !issues.isEmpty {
                    session.report.rejected += 1
                    try rejects?.write(row: row, issues: issues)
                }
                session.report.warnings += outcome.warnings.count
                for issue in issues + outcome.warnings where session.report.issues.count < ImportReport.issueLimit {
                    session.report.issues.append(issue)
                }
            }
            progress?(ImportProgress(rows: session.report.rows, bytesRead: batch.bytesRead, totalBytes: totalBytes,
                                     finished: false))
        }
        progress?(ImportProgress(rows: session.report.rows, bytesRead: totalBytes, totalBytes: totalBytes,
                                 finished: true))
        if assumedJanuaryFirst {
            session.report.notes.append("科小 numbers without an admission day were dated 1 January of the number's year "
                + "(give --effective DAY for the notice's day)")
        }
        if cancelledFromYear {
            session.report.notes.append("cancellations given by 取消年度 alone were dated 1 January of that year (or the "
                + "qualification's start, when it began later that year); add a 取消日期 column for the exact day")
        }
        if factsWithoutYear {
            session.report.notes.append("annual figures were not stored: the file has no 年度 column and no --year was given")
        }
    }

    /// A generous guess of a file's rows from its size (a roster row is 120–200 bytes of CSV).
    static func expectedRows(bytes: Int64, isCSV: Bool) -> Int {
        Int(min(bytes / (isCSV ? 150 : 100), 20_000_000))
    }

    static func defaultRejectsPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingPathExtension().path + ".rejects.csv"
    }
}

/// An import that ran but must fail (e.g. `--strict` with rejected rows): the report says what was found.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public let report: ImportReport
    public let error: ImportError
    public var description: String { error.description }
}
