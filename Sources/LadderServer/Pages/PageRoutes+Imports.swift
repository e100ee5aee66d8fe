import Foundation
import Hummingbird
import LadderKit

/// 导入记录 `/imports`: the region's batches with their counts (the API's `imports`, `ladder
/// batches`), the rejects and problems files the server keeps for each, and 作废 for admins
/// (`/imports/{batch}/void`: a confirmation with the reason, then the library's batch void).
extension PageRoutes {
    func importList(_ request: Request, account: Account) throws -> PageAnswer {
        let query = try ReadRoutes.Query(request, takes: ["lang", "region", "voided"], now: settings.clock())
        let region = try pageRegion(query, account: account)
        let batches = try registry.importBatches(region: region)
        let folder = try ImportFolder(settings: settings, registry: registry)
        let admin = (try? Scope.requireAdmin(account)) != nil
        var values: [String: Any] = [
            "mayImport": (try? Scope.requireEditor(account)) != nil,
            "batches": batches.reversed().map { batch -> [String: Any] in
                var row = PageRoutes.batchRow(batch)
                if batch.voidedAt == nil, admin { row["voidHref"] = "\(PagePaths.imports)/\(batch.id)/void" }
                row.merge(PageRoutes.downloads(batch.id, folder: folder, rejected: batch.rejected)) { a, _ in a }
                return row
            },
            "countHeads": PageRoutes.countLabels.map { $0.text() },
        ]
        if let text = query.text("voided"), let id = Int64(text), let batch = batches.first(where: { $0.id == id }),
           batch.voidedAt != nil {
            values["notice"] = PageText.batchVoided.text() + "：" + "#\(id) \(batch.fileName)"
        }
        values["hasBatches"] = !batches.isEmpty
        return .page(template: "imports", title: PageImportText.listTitle.text(["region": (region ?? .province).name]),
                     values: values)
    }

    /// A batch as the import list and the dashboard show it: when (Beijing time), the file, its
    /// kind, who, its counts, and whether it was voided.
    static func batchRow(_ batch: ImportBatch) -> [String: Any] {
        var row: [String: Any] = [
            "id": batch.id, "file": batch.fileName,
            "kind": ImportKind(rawValue: batch.kind)?.name() ?? batch.kind, "by": batch.operatorName,
            "started": BeijingTime.stamp(batch.startedAt),
            "counts": [batch.rows, batch.newEnterprises, batch.updatedEnterprises, batch.newEvents, batch.newFacts,
                       batch.unchanged, batch.rejected].map { ProseFormat.grouped($0) },
            "rejected": batch.rejected,
        ]
        if let title = batch.title { row["listTitle"] = title }
        if let voided = batch.voidedAt { row["voided"] = PageImportText.voidedOn.text(["day": ChinaTime.day(of: voided).iso]) }
        return row
    }

    /// The labels of a batch's counts, as `ladder import` prints them.
    static let countLabels: [ImportText] = [.rows, .newEnterprises, .updatedEnterprises, .newEvents, .newFacts, .unchanged, .rejected]

    /// What a dry run or an import found: the kind, the counts, the notes and the problems by kind.
    static func reportValues(_ report: ImportReport) -> [String: Any] {
        let counts = [report.rows, report.newEnterprises, report.updatedEnterprises, report.newEvents, report.newFacts,
                      report.unchanged, report.rejected]
        let keys = ["rows", "new_enterprises", "updated_enterprises", "new_events", "new_facts", "unchanged", "rejected"]
        // Rejections first, each kind in the order it was first found.
        let groups = report.problems.filter { $0.severity == .error } + report.problems.filter { $0.severity != .error }
        var values: [String: Any] = [
            "file": report.fileName,
            "kindLine": PageImportText.kindDetected.text(["kind": report.kind.name(), "encoding": report.encoding,
                                                          "size": ProseFormat.grouped(Int(report.sizeBytes))]),
            "counts": zip(keys, zip(countLabels, counts)).map { key, pair -> [String: Any] in
                ["key": key, "label": pair.0.text(), "count": pair.1, "shown": ProseFormat.grouped(pair.1)]
            },
            "notes": report.notes,
            "hasProblems": !groups.isEmpty,
            "problems": groups.map { group -> [String: Any] in
                let rows = group.rows.map(String.init).joined(separator: "、")
                return ["kind": group.kind, "error": group.severity == .error,
                        "level": (group.severity == .error ? ImportText.levelRejected : ImportText.levelWarning).text(),
                        "count": group.count, "column": group.column, "message": group.message,
                        "rows": group.count > group.rows.count ? PageImportText.rowsMore.text(["rows": rows]) : rows]
            },
        ]
        if let title = report.title { values["fileTitle"] = title }
        return values
    }

    /// The download links of a batch's files the server keeps (the API's, which check the region).
    static func downloads(_ batch: Int64, folder: ImportFolder, rejected: Int) -> [String: Any] {
        guard folder.region(of: batch) != nil else { return [:] }
        var links: [String: Any] = [:]
        for kind in [ImportFolder.Download.rejects, .problems]
        where FileManager.default.fileExists(atPath: folder.path(kind, batch: batch)) {
            links[kind.rawValue + "Href"] = "/api/v1/imports/\(batch)/\(kind.rawValue)"
        }
        if links["rejectsHref"] != nil { links["rejectsLabel"] = PageImportText.downloadRejects.text(["count": rejected]) }
        return links
    }

    /// GET /imports/{batch}/void: what voiding does, and the reason to give.
    func voidForm(_ context: ServerContext, account: Account) throws -> PageAnswer {
        let batch = try batchToVoid(context, account: account)
        return voidPage(batch, reason: "", error: nil)
    }

    /// POST /imports/{batch}/void: the library's batch void, by an admin of a region the batch's
    /// importer belongs to, with a reason; then the list, saying so.
    func voidImport(_ request: Request, form: PageForm, context: ServerContext, account: Account) async throws -> PageAnswer {
        let batch = try batchToVoid(context, account: account)
        let reason = (form["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            return voidPage(batch, reason: form["reason"] ?? "", error: PageImportText.reasonEmpty.text(), status: .badRequest)
        }
        let write = recorded(request, context, by: account, command: "POST \(request.uri.path)")
        let registry = self.registry
        do {
            _ = try await Offload.run { try registry.voidBatch(batch.id, reason: reason, context: write) }
        } catch let error as RegistryError {
            return voidPage(batch, reason: reason, error: error.description, status: .conflict)
        }
        return .redirect("\(PagePaths.imports)?voided=\(batch.id)")
    }

    private func voidPage(_ batch: ImportBatch, reason: String, error: String?, status: HTTPResponse.Status = .ok) -> PageAnswer {
        var values: [String: Any] = ["id": batch.id, "file": batch.fileName, "by": batch.operatorName, "reason": reason,
                                     "started": BeijingTime.stamp(batch.startedAt)]
        if let error { values["error"] = error }
        return .page(status: status, template: "importVoid", title: PageImportText.voidTitle.text(["batch": batch.id]),
                     values: values)
    }

    /// The batch `{batch}` when the account is an admin and the batch is among its region's.
    private func batchToVoid(_ context: ServerContext, account: Account) throws -> ImportBatch {
        guard (try? Scope.requireAdmin(account)) != nil else {
            throw PageProblem(.forbidden, title: PageText.forbiddenTitle.text(), message: PageImportText.adminVoids.text([
                "account": account.name, "role": account.role.said, "region": account.region.name,
            ]))
        }
        let text = try context.parameters.require("batch")
        let region = try Scope.region(for: account, asked: nil)
        guard let id = Int64(text), let batch = try registry.importBatches(region: region).first(where: { $0.id == id }) else {
            throw PageProblem(.notFound, title: PageText.notFoundTitle.text(), message: PageImportText.batchNotFound.text(["batch": text]))
        }
        return batch
    }
}

extension PageRoutes {
    /// `/imports`, `/imports/new` and what follows from them.
    func addImports(to router: Router<ServerContext>) {
        let imports = PagePaths.imports, new = PagePaths.importNew
        router.get(RouterPath(imports)) { request, context in
            serve(request, context) { account in try importList(request, account: account) }
        }
        router.get(RouterPath(new)) { request, context in
            serve(request, context) { account in try importForm(request, account: account) }
        }
        router.post(RouterPath(new)) { request, context in
            await servePosted(request, context, readsForm: false) { account, _ in
                try await stageImport(request, context: context, account: account)
            }
        }
        router.get(RouterPath(new + "/:id")) { request, context in
            serve(request, context) { account in try stagedImport(context, account: account) }
        }
        router.post(RouterPath(new + "/:id/apply")) { request, context in
            serve(request, context) { account in try applyStaged(request, context: context, account: account) }
        }
        router.post(RouterPath(new + "/:id/cancel")) { request, context in
            serve(request, context) { account in try cancelStaged(context, account: account) }
        }
        router.get(RouterPath(imports + "/:batch/void")) { request, context in
            serve(request, context) { account in try voidForm(context, account: account) }
        }
        router.post(RouterPath(imports + "/:batch/void")) { request, context in
            await servePosted(request, context) { account, form in
                try await voidImport(request, form: form, context: context, account: account)
            }
        }
    }
}
