/// An import into a registry on a database server: the same session and decisions as on SQLite,
/// in one write transaction holding the registry's lock (`Registry.writing`, which also fills the
/// name index and the statistics cache before it commits), writing through `ConnectedImportStore`.
/// A dry run, or a strict run with rejections, rolls the whole transaction back; so does a killed
/// process, by the server.
extension Importer {
    /// Thrown out of the transaction to roll it back, carrying the report.
    private struct RolledBack: Error {
        let report: ImportReport
    }

    func onServer(report: ImportReport, kind: ImportKind, digest: FileDigest,
                  readRows: (ImportSession) throws -> Void,
                  startSession: (any ImportStore, any RegistryConnection, Int64, ImportReport) throws -> ImportSession)
        throws -> ImportReport {
        do {
            return try registry.writing { c in
                // The batch's id from the highest on file, as the store assigns the others: ids
                // follow on from the registry's as on SQLite, whatever a rolled-back run took.
                let batchID = (try c.int64("SELECT max(id) FROM import_batch") ?? 0) + 1
                try Importer.insertBatch(c, id: batchID, report: report, options: options, context: context)
                let store = try ConnectedImportStore(c, batchID: batchID, context: context)
                let session = try startSession(store, store.connection, batchID, report)
                session.region = options.region == .province ? nil : options.region
                try readRows(session)
                try store.flush()
                var final = session.report
                final.sha256 = try digest.wait()
                final.earlierBatches = try c.rows("SELECT id FROM import_batch WHERE sha256 = ? AND id <> ? ORDER BY id",
                                                  [.text(final.sha256), .integer(batchID)]).compactMap { $0.int64(0) }
                let keep = !options.dryRun && final.rows > 0 && !(options.strict && final.rejected > 0)
                final.batchID = keep ? batchID : nil
                guard keep else { throw RolledBack(report: final) }
                try Importer.finishBatch(c, id: batchID, report: final, at: clock())
                try store.finish()
                if let loading = c as? any RegistryBulkLoading { try loading.continueIDs(of: "import_batch") }
                return final
            }
        } catch let rolledBack as RolledBack {
            return rolledBack.report
        }
    }
}
