import Foundation
import GRDB

extension Importer {
    /// Opens the file at its header and tells its kind: what both an import and `ReadingBenchmark`
    /// start from.
    static func openTable(path: String, options: ImportOptions) throws
        -> (reader: TitledTableReader, columns: HeaderMatcher.Result, kind: ImportKind) {
        let reader = try TitledTableReader(TableFile.open(path: path, encoding: options.encoding, sheet: options.sheet),
                                           headerRow: options.headerRow, overrides: options.maps)
        let columns = HeaderMatcher.match(reader.header, overrides: options.maps)
        // --tier or --category name a growth or leader list whatever its columns (a list of names
        // and codes would otherwise read as a roster, recording nothing).
        let listed: ImportKind? = options.tier != nil || options.category != nil ? .selectionList : nil
        let kind = try options.kind ?? listed ?? ImportKind.detect(columns.fields) ?? {
            throw ImportError.unknownKind(headers: reader.header)
        }()
        try Importer.requireColumns(kind: kind, columns: columns, options: options)
        return (reader, columns, kind)
    }

    /// Each kind's indispensable column; the rest are optional or come from options.
    static func requireColumns(kind: ImportKind, columns: HeaderMatcher.Result, options: ImportOptions) throws {
        let fields = columns.fields
        let identity = fields.contains(.creditCode) || fields.contains(.name)
        switch kind {
        case .roster where !fields.contains(.creditCode):
            throw ImportError.missingColumn(kind: kind, needed: "统一社会信用代码")
        case .hnteList where !fields.contains(.certificateNumber):
            throw ImportError.missingColumn(kind: kind, needed: "证书编号")
        case .tsmeList where !fields.contains(.tsmeNumber):
            throw ImportError.missingColumn(kind: kind, needed: "入库登记编号")
        case .renameList where !fields.contains(.newName):
            throw ImportError.missingColumn(kind: kind, needed: "现企业名称")
        case .selectionList where !fields.contains(.category) && options.category == nil:
            throw ImportError.missingOption(kind: kind, option: ImportErrorText.needsCategory.text(),
                                            why: ImportErrorText.categoryWhy.text())
        case .facts where fields.isDisjoint(with: ImportField.factFields):
            throw ImportError.missingColumn(kind: kind, needed: ImportErrorText.needsFigures.text())
        default:
            if !identity && kind != .renameList {
                throw ImportError.missingColumn(kind: kind, needed: ImportErrorText.needsCodeOrName.text())
            }
        }
    }

    /// Said once per file: columns ignored or repeated, money columns without a unit.
    static func headerNotes(_ columns: HeaderMatcher.Result, headers: [String]) -> [String] {
        var notes: [String] = []
        let ignored = columns.ignored.filter { !$0.trimmingSpaces().isEmpty }
        if !ignored.isEmpty {
            notes.append(ImportNoteText.ignoredColumns.text(["columns": ignored.joined(separator: ImportText.listJoin.text())]))
        }
        for duplicate in columns.duplicates {
            notes.append(ImportNoteText.duplicateColumn.text(["column": duplicate.header, "field": duplicate.field.rawValue]))
        }
        let unitless = columns.columns.filter { ImportField.moneyFields.contains($0.field) && $0.unitIsWan == nil }
        if !unitless.isEmpty {
            notes.append(ImportNoteText.moneyWithoutUnit.text(
                ["columns": unitless.map { headers[$0.index] }.joined(separator: ImportText.listJoin.text())]))
        }
        if let valuation = columns.columns.first(where: { $0.field == .valuationUSD && $0.unit == nil }) {
            notes.append(ImportNoteText.valuationWithoutUnit.text(["column": headers[valuation.index]]))
        }
        let fields = columns.fields
        let accidents = ImportField.accidentFields.filter(fields.contains)
        if !accidents.isEmpty, accidents.count < ImportField.accidentFields.count, !fields.contains(.majorAccident) {
            let given = accidents.map { columns.index(of: $0).map { headers[$0] } ?? $0.rawValue }
            notes.append(ImportNoteText.accidentsAlone.text(["columns": given.joined(separator: ImportText.listJoin.text())]))
        }
        return notes
    }

    /// Said when the header is not the first row: which row it is, and the title found above it.
    static func layoutNotes(_ reader: TitledTableReader) -> [String] {
        guard reader.rowsAboveHeader > 0 else { return [] }
        return [ImportNoteText.headerBelow.text(["row": reader.headerRowNumber, "count": reader.rowsAboveHeader])]
    }

    /// Said after the rows: lines below the header that are not firms, and a file without rows.
    static func skippedNotes(_ reader: TitledTableReader, rows: Int) -> [String] {
        var notes: [String] = []
        if reader.skippedCount > 0 {
            let comma = ImportText.listJoin.text()
            let more = reader.skippedCount > reader.skippedRows.count ? comma + ImportText.moreValues.text() : ""
            notes.append(ImportNoteText.skippedRows.text(
                ["count": reader.skippedCount, "rows": reader.skippedRows.map(String.init).joined(separator: comma) + more]))
        }
        if rows == 0 {
            notes.append(ImportNoteText.noDataRows.text(["row": reader.headerRowNumber]))
        }
        return notes
    }

    /// The options a batch was imported with, as the JSON object `import_batch.options` keeps.
    static func batchOptions(report: ImportReport, options: ImportOptions) -> String {
        var settings: [String: String] = ["kind": report.kind.rawValue]
        settings["year"] = options.year.map(String.init)
        settings["tier"] = options.tier?.rawValue
        settings["category"] = options.category?.rawValue
        settings["effective"] = options.effective?.iso
        settings["sheet"] = options.sheet
        settings["header_row"] = options.headerRow.map(String.init)
        for (header, field) in options.maps { settings["map:" + header] = field.rawValue }
        return "{" + settings.sorted { $0.key < $1.key }
            .map { JSONText.quote($0.key) + ":" + JSONText.quote($0.value) }.joined(separator: ",") + "}"
    }

    static let insertBatchSQL = """
        INSERT INTO import_batch (file_name, sha256, size_bytes, encoding, kind, options, operator, started_at, title, client,
                                  operator_id, id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func insertBatch(_ db: Database, report: ImportReport, options: ImportOptions, context: WriteContext) throws -> Int64 {
        try db.execute(sql: insertBatchSQL, arguments: [report.fileName, report.sha256, report.sizeBytes, report.encoding,
                                                         report.kind.rawValue, batchOptions(report: report, options: options),
                                                         context.operatorName, context.at.iso, report.title,
                                                         context.clientAddress, context.operatorID, nil])
        return db.lastInsertedRowID
    }

    /// The batch row through the seam, with the id the caller chose.
    static func insertBatch(_ c: any RegistryConnection, id: Int64, report: ImportReport, options: ImportOptions,
                            context: WriteContext) throws {
        try c.execute(insertBatchSQL, [.text(report.fileName), .text(report.sha256), .integer(report.sizeBytes),
                                       .text(report.encoding), .text(report.kind.rawValue),
                                       .text(batchOptions(report: report, options: options)), .text(context.operatorName),
                                       .text(context.at.iso), StoredValue(report.title), StoredValue(context.clientAddress),
                                       StoredValue(context.operatorID), .integer(id)])
    }

    static let finishBatchSQL = """
        UPDATE import_batch SET finished_at = ?, sha256 = ?, rows = ?, new_enterprises = ?, updated_enterprises = ?,
            new_events = ?, new_facts = ?, unchanged = ?, rejected = ? WHERE id = ?
        """

    static func finishBatch(_ db: Database, id: Int64, report: ImportReport, at: Moment) throws {
        try db.execute(sql: finishBatchSQL, arguments: [at.iso, report.sha256, report.rows, report.newEnterprises,
                                                         report.updatedEnterprises, report.newEvents, report.newFacts,
                                                         report.unchanged, report.rejected, id])
    }

    static func finishBatch(_ c: any RegistryConnection, id: Int64, report: ImportReport, at: Moment) throws {
        try c.execute(finishBatchSQL, [.text(at.iso), .text(report.sha256), StoredValue(report.rows),
                                       StoredValue(report.newEnterprises), StoredValue(report.updatedEnterprises),
                                       StoredValue(report.newEvents), StoredValue(report.newFacts),
                                       StoredValue(report.unchanged), StoredValue(report.rejected), .integer(id)])
    }
}
