import Foundation
import Hummingbird
import LadderKit

/// 导入 `/imports/new`: the upload form; the upload read as a dry run and kept under an unguessable
/// id for its account (`/imports/new/{id}`); 确认导入 records it as the API's import does, on a
/// thread of its own while the page reloads itself with the progress; 取消 deletes the file.
extension PageRoutes {
    static let firstRowsShown = 10

    func importForm(_ request: Request, account: Account) throws -> PageAnswer {
        try PageProblem.forbidding { try Scope.requireEditor(account) }
        var values = importFormValues([:])
        if request.uri.queryParameters["cancelled"] != nil { values["notice"] = PageImportText.cancelled.text() }
        return .page(template: "importNew", title: PageImportText.newTitle.text(), values: values)
    }

    /// The form's values, with what was typed kept and the kinds to choose from.
    func importFormValues(_ typed: [String: String], error: String? = nil) -> [String: Any] {
        var values: [String: Any] = [
            "year": typed["year"] ?? "", "effective": typed["effective"] ?? "",
            "limitHint": PageImportText.fileHint.text(["limit": ImportUpload.megabytes(settings.maxUploadBytes)]),
            "kinds": ImportKind.allCases.map { kind -> [String: Any] in
                ["value": kind.rawValue, "label": kind.name(), "selected": typed["as"] == kind.rawValue]
            },
        ]
        if let error { values["error"] = error }
        return values
    }

    /// POST /imports/new: the upload spooled as the API's is; its `csrf_token` field checked before
    /// anything else is read (the middleware reads only small url-encoded forms); the dry run.
    func stageImport(_ request: Request, context: ServerContext, account: Account) async throws -> PageAnswer {
        try PageProblem.forbidding { try Scope.requireEditor(account) }
        let slot = try ImportUpload.slot(settings)
        defer { slot.release() }
        let folder = try ImportFolder(settings: settings, registry: registry)
        let upload = try await ImportUpload.receive(request, into: folder.url, limit: settings.maxUploadBytes)
        var kept = false
        defer { if !kept { upload.remove() } }
        guard let session = context.session, let token = upload.fields[PageForm.fieldCSRF],
              token.equalsInConstantTime(session.csrfToken) else {
            throw PageProblem(.forbidden, title: PageText.forbiddenTitle.text(), message: PageText.formExpired.text())
        }
        let typed = upload.fields.filter { ["as", "year", "effective"].contains($0.key) }
            .mapValues { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.value.isEmpty }
        let refused = { (message: String) -> PageAnswer in
            .page(status: .badRequest, template: "importNew", title: PageImportText.newTitle.text(),
                  values: importFormValues(typed, error: message))
        }
        var options: ImportOptions
        do {
            let labels = ImportQuery.FormLabels(kind: PageImportText.kindField.text(), year: PageImportText.yearField.text(),
                                                effective: PageImportText.effectiveField.text(), auto: PageImportText.kindAuto.text())
            options = try ImportQuery(Parameters(typed.map { (key: Substring($0.key), value: Substring($0.value)) }),
                                      form: labels).options
        } catch let error as APIError {
            return refused(error.message)
        }
        options.dryRun = true
        options.inputName = upload.fileName
        options.region = account.region
        let now = settings.clock()
        let write = recorded(request, context, by: account, command: "POST \(PagePaths.importNew)")
        let report: ImportReport
        do {
            report = try await ImportRoutes.run(registry, options: options, context: write, clock: settings.clock,
                                                upload: upload, rejects: nil, problems: nil)
        } catch let error as APIError where error.status == .badRequest {
            return refused(error.message)
        }
        let rows = (try? await Offload.run { try PageRoutes.firstRows(upload.path, options: options, headerRow: report.headerRow) }) ?? []
        let id = UUID().uuidString.lowercased()
        staging.add(StagedImport(id: id, accountID: account.id, region: account.region, upload: upload, options: options,
                                 stagedAt: now, dryRun: report, firstRows: rows), now: now)
        kept = true
        return .redirect(PagePaths.importNew + "/" + id)
    }

    /// The file's header and first data rows as the reader gives them, before any normalisation.
    static func firstRows(_ path: String, options: ImportOptions, headerRow: Int) throws -> [RowAsRead] {
        let reader = try TableFile.open(path: path, encoding: options.encoding, sheet: options.sheet)
        var rows: [RowAsRead] = []
        if reader.headerRowNumber >= headerRow {
            rows.append(RowAsRead(number: reader.headerRowNumber, cells: reader.header, outcome: .header))
        }
        while rows.count <= firstRowsShown, let row = try reader.next() {
            guard row.number >= headerRow else { continue }
            rows.append(RowAsRead(number: row.number, cells: row.cells.map(\.rawText),
                                  outcome: row.number == headerRow ? .header : .accepted))
        }
        return rows
    }

    /// GET /imports/new/{id}: the dry run, the progress, or the result.
    func stagedImport(_ context: ServerContext, account: Account) throws -> PageAnswer {
        let item = try staged(context, account: account)
        switch item.state {
        case .ready:
            var values = PageRoutes.reportValues(item.dryRun)
            values["id"] = item.id
            values["dryRunLine"] = ImportText.dryRun.text()
            values["firstRowsTitle"] = PageImportText.firstRowsTitle.text(["count": max(item.firstRows.count - 1, 0)])
            values["firstRows"] = item.firstRows.map { row -> [String: Any] in
                ["number": row.number, "cells": row.cells, "header": row.outcome == .header]
            }
            values["hasFirstRows"] = !item.firstRows.isEmpty
            return .page(template: "importDryRun", title: PageImportText.dryRunTitle.text(["file": item.upload.fileName]),
                         values: values)
        case let .applying(progress):
            let percent = progress.map { $0.totalBytes > 0 ? Int($0.bytesRead * 100 / $0.totalBytes) : 0 } ?? 0
            return .page(template: "importProgress", title: PageImportText.progressTitle.text(["file": item.upload.fileName]),
                         values: ["percent": percent, "progressLine": PageImportText.progressLine.text([
                             "rows": ProseFormat.grouped(progress?.rows ?? 0), "percent": percent,
                         ])])
        case let .done(report):
            var values = PageRoutes.reportValues(report)
            let folder = try ImportFolder(settings: settings, registry: registry)
            if let batch = report.batchID {
                values["recordedLine"] = PageImportText.recorded.text(["batch": batch])
                values.merge(PageRoutes.downloads(batch, folder: folder, rejected: report.rejected)) { a, _ in a }
            } else {
                values["recordedLine"] = ImportText.nothingWritten.text()
            }
            return .page(template: "importDone", title: PageImportText.doneTitle.text(["file": report.fileName]), values: values)
        case let .failed(message):
            throw PageProblem(.badRequest, title: PageImportText.failedTitle.text(), message: message)
        }
    }

    /// POST /imports/new/{id}/apply: starts the import once and shows its progress.
    func applyStaged(_ request: Request, context: ServerContext, account: Account) throws -> PageAnswer {
        try PageProblem.forbidding { try Scope.requireEditor(account) }
        let item = try staged(context, account: account)
        guard case .ready = item.state else { return .redirect(PagePaths.importNew + "/" + item.id) }
        // Everything that can fail comes before the upload is marked as applying; the import then
        // holds an upload slot, as an API upload does, until its file is removed.
        let folder = try ImportFolder(settings: settings, registry: registry)
        let slot = try ImportUpload.slot(settings)
        guard staging.startApplying(item.id) else {
            slot.release()
            return .redirect(PagePaths.importNew + "/" + item.id)
        }
        var options = item.options
        options.dryRun = false
        let write = recorded(request, context, by: account, command: "POST \(PagePaths.importNew)")
        apply(item, options: options, context: write, folder: folder, slot: slot)
        return .redirect(PagePaths.importNew + "/" + item.id)
    }

    /// Records the upload in the background, as `POST /api/v1/imports` does, and files its rejects
    /// and problems under the batch for the download links.
    private func apply(_ item: StagedImport, options: ImportOptions, context: WriteContext, folder: ImportFolder,
                       slot: UploadSlots.Slot) {
        let files = folder.pending()
        let (registry, clock, staging, logger) = (self.registry, settings.clock, self.staging, self.logger)
        let language = Language.current
        Task.detached {
            await Language.$scoped.withValue(language) {
                do {
                    let report = try await ImportRoutes.run(registry, options: options, context: context, clock: clock,
                                                            upload: item.upload, rejects: files.rejects, problems: files.problems,
                                                            progress: { staging.update(item.id, .applying($0)) })
                    try folder.keep(batch: report.batchID, rejects: report.rejectsPath, problems: report.problemsPath,
                                    region: item.region)
                    staging.update(item.id, .done(report))
                } catch {
                    try? folder.keep(batch: nil, rejects: files.rejects, problems: files.problems, region: item.region)
                    let problem = PageProblem.of(error, asked: nil)
                    if problem.status == .internalServerError { logger.error("import page apply failed: \(String(reflecting: error))") }
                    staging.update(item.id, .failed(problem.message))
                }
                item.upload.remove()
                slot.release()
            }
        }
    }

    /// POST /imports/new/{id}/cancel: the file deleted, back to the form.
    func cancelStaged(_ context: ServerContext, account: Account) throws -> PageAnswer {
        try PageProblem.forbidding { try Scope.requireEditor(account) }
        let item = try staged(context, account: account)
        guard staging.cancel(item.id) else { return .redirect(PagePaths.importNew + "/" + item.id) }
        return .redirect(PagePaths.importNew + "?cancelled=1")
    }

    /// The account's own upload `{id}`; anyone else's, or one gone, is not there.
    private func staged(_ context: ServerContext, account: Account) throws -> StagedImport {
        let id = try context.parameters.require("id")
        guard let item = staging.find(id, for: account, now: settings.clock()) else {
            throw PageProblem(.notFound, title: PageText.notFoundTitle.text(), message: PageImportText.notStaged.text())
        }
        return item
    }
}
