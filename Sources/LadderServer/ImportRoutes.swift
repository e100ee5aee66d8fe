import Foundation
import Hummingbird
import LadderKit

/// Imports through the API: an upload read and recorded as `ladder import` records a file (dry run
/// or apply), by an editor, changing only firms of the account's region; and an applied batch's
/// rejects and problems as CSV downloads.
struct ImportRoutes {
    let registry: Registry
    let settings: ServerSettings

    func add(to router: Router<ServerContext>) {
        router.post("/api/v1/imports") { request, context in try await upload(request, context: context) }
        router.get("/api/v1/imports/:id/rejects") { request, context in try await download(.rejects, request, context: context) }
        router.get("/api/v1/imports/:id/problems") { request, context in try await download(.problems, request, context: context) }
    }

    private func upload(_ request: Request, context: ServerContext) async throws -> Response {
        let account = try context.requireAccount()
        try Scope.requireEditor(account)
        var options = try ImportQuery(request.uri.queryParameters).options
        let slot = try ImportUpload.slot(settings)
        defer { slot.release() }
        let folder = try ImportFolder(settings: settings, registry: registry)
        let upload = try await ImportUpload.receive(request, into: folder.url, limit: settings.maxUploadBytes)
        defer { upload.remove() }
        options.inputName = upload.fileName
        options.region = account.region
        let files = options.dryRun ? nil : folder.pending()
        let writeContext = WriteContext(operatorName: account.name, at: settings.clock(), command: "POST /api/v1/imports",
                                        clientAddress: ClientAddress.of(request, context: context, trustProxy: settings.trustProxy),
                                        operatorID: account.id)
        var report: ImportReport
        do {
            report = try await ImportRoutes.run(registry, options: options, context: writeContext, clock: settings.clock,
                                                upload: upload, rejects: files?.rejects, problems: files?.problems)
        } catch {
            try? folder.keep(batch: nil, rejects: files?.rejects, problems: files?.problems, region: account.region)
            throw error
        }
        if !options.dryRun {
            try folder.keep(batch: report.batchID, rejects: report.rejectsPath, problems: report.problemsPath,
                            region: account.region)
        }
        // The server's own paths stay on the server: the summary names the downloads instead.
        let batch = report.batchID
        report.rejectsPath = batch != nil && report.rejectsPath != nil ? "/api/v1/imports/\(batch!)/rejects" : nil
        report.problemsPath = batch != nil && report.problemsPath != nil ? "/api/v1/imports/\(batch!)/problems" : nil
        return APIError.json(status: batch != nil ? .created : .ok, text: try ImportSummary.json(report, pretty: true))
    }

    private func download(_ kind: ImportFolder.Download, _ request: Request, context: ServerContext) async throws -> Response {
        let account = try context.requireAccount()
        let text = try context.parameters.require("id")
        guard let batch = Int64(text), batch > 0 else {
            throw APIError(.badRequest, ServeText.badBatch.text(["value": text]))
        }
        let folder = try ImportFolder(settings: settings, registry: registry)
        guard let region = folder.region(of: batch) else {
            throw APIError(.notFound, ServeText.batchNotHere.text(["batch": batch, "kind": kind.rawValue]))
        }
        try Scope.checkBatch(account, batch: batch, importedIn: region)
        let path = folder.path(kind, batch: batch)
        guard FileManager.default.fileExists(atPath: path) else {
            throw APIError(.notFound, (kind == .rejects ? ServeText.noRejects : ServeText.noProblems).text(["batch": batch]))
        }
        let body = try await FileIO().loadFile(path: path, context: context)
        return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                               .contentDisposition: "attachment; filename=\"batch-\(batch).\(kind.rawValue).csv\""],
                        body: body)
    }
}
