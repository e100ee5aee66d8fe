import Foundation
import Hummingbird
import LadderKit

/// 目标 `/targets`: the targets of the account's region (`region=` within it) as the API's
/// `targets` reads them on the day asked (`?as_of=&known_at=&region=`), each with its progress;
/// and for admins the form that sets one (`ladder targets set`) for their region or one within it.
extension PageRoutes {
    /// What the set-target form holds: as typed, kept when the form comes back with a refusal.
    struct TargetForm {
        var tier = Tier.hnte.rawValue
        var count = ""
        var due = ""
        var region = ""
        /// The refusal, naming the field.
        var error: String?
    }

    func targetsPage(_ request: Request, account: Account) throws -> PageAnswer {
        let query = try ReadRoutes.Query(request, takes: ["lang", "region", "recorded"] + ReadRoutes.times, now: settings.clock())
        return try targetsAnswer(request, query: query, account: account, form: TargetForm(region: account.region.code))
    }

    /// Sets a target by the same library call as `ladder targets set`, once `Scope` allows it; then
    /// the targets page with what was recorded, or the form again saying which field to fix.
    func setTarget(_ request: Request, context: ServerContext, account: Account, form fields: PageForm) async throws -> PageAnswer {
        // Anyone but an admin has no form to come back to: a page saying who may.
        if account.role != .admin { try PageProblem.forbidding { try Scope.checkSetsTarget(account, region: account.region) } }
        let typed = { (name: String) in (fields[name] ?? "").trimmingCharacters(in: .whitespaces) }
        var form = TargetForm(tier: typed("tier"), count: typed("count"), due: typed("due"), region: typed("region"))
        let refuse = { (status: HTTPResponse.Status, field: String, reason: String) throws -> PageAnswer in
            form.error = PageRecordsText.fieldProblem.text(["field": field, "reason": reason])
            let query = try ReadRoutes.Query(request, takes: ["lang"], now: self.settings.clock())
            return try self.targetsAnswer(request, query: query, account: account, form: form, status: status)
        }
        guard let tier = Tier(name: form.tier) else {
            return try refuse(.badRequest, PageText.tierField.text(), PageRecordsText.badTier.text(["value": form.tier]))
        }
        guard let count = Int(form.count), count >= 1 else {
            return try refuse(.badRequest, PageRecordsText.countField.text(), PageRecordsText.badCount.text(["value": form.count]))
        }
        guard let due = DayParser.parse(form.due) else {
            return try refuse(.badRequest, PageRecordsText.dueField.text(), PageRecordsText.badDue.text(["value": form.due]))
        }
        let region: Region
        do {
            region = try Region(parsing: form.region.isEmpty ? account.region.code : form.region)
            try Scope.checkSetsTarget(account, region: region)
        } catch let error as APIError {
            return try refuse(error.status, PageText.regionField.text(), error.message)
        } catch let error as RegionError {
            return try refuse(.badRequest, PageText.regionField.text(), error.description)
        }
        let context = recorded(request, context, by: account, command: "POST \(PagePaths.targets)")
        let target: Target
        do {
            target = try await Offload.run { [registry] in
                try registry.setTarget(tier: tier, count: count, due: due, region: region, context: context)
            }
        } catch RegistryError.targetAlreadySet(let id, _) {
            return try refuse(.conflict, PageRecordsText.countField.text(), PageRecordsText.targetSame.text(["id": id]))
        }
        return .redirect(PagePaths.targets + "?recorded=\(target.id)")
    }

    /// The page: the targets in force with their progress on the day, and the form for admins.
    private func targetsAnswer(_ request: Request, query: ReadRoutes.Query, account: Account, form: TargetForm,
                               status: HTTPResponse.Status = .ok) throws -> PageAnswer {
        let region = try pageRegion(query, account: account)
        let shown = region ?? .province
        let (day, moment) = (query.times.day, query.times.moment)
        let report = try registry.targets(region: region, asOf: day, knownAt: moment)
        var values: [String: Any] = [
            "dayLine": PageText.asOfLine.text(["day": day.iso, "known": PageRoutes.known(request, moment)]),
            "asOf": day.iso, "knownAt": query.text("known_at") ?? "", "region": query.text("region") ?? "",
            "ownRegion": account.region.code, "hasRows": !report.rows.isEmpty,
            "permalink": "\(PagePaths.targets)?as_of=\(day.iso)&known_at=\(PageRoutes.encoded(moment.iso))&region=\(shown.code)",
            "yearBeforeHead": TargetText.columnYearBefore.text(["day": report.yearBefore.iso]),
            "footer": TargetText.projectionNote.text(), "target": PageRoutes.words(TargetText.self), "r": PageRoutes.words(PageRecordsText.self),
            "canSet": account.role == .admin, "form": ["count": form.count, "due": form.due, "region": form.region],
            "tiers": Tier.allCases.map { ["value": $0.rawValue, "label": $0.label(), "selected": form.tier == $0.rawValue] },
        ]
        if let error = form.error { values["formError"] = error }
        values["rows"] = report.rows.map(PageRoutes.targetRow)
        if let id = query.text("recorded").flatMap(Int64.init), let row = report.rows.first(where: { $0.target.id == id }) {
            let t = row.target
            values["notice"] = TargetText.recorded.text(["id": t.id, "count": ProseFormat.grouped(t.count), "tier": t.tier.label(),
                                                         "region": t.region.name, "due": ProseFormat.day(t.due)])
        }
        return .page(status: status, template: "targets", title: PageRecordsText.targetsTitle.text(["region": shown.name]),
                     values: values)
    }

    /// A target in force as the dashboard and 目标 show it: its count, the count on the day and a
    /// year before, the projection and the status, as `ladder targets` gives them, and who set it
    /// when. The bar stops full when the target is exceeded; the percentage says by how much.
    static func targetRow(_ row: TargetReport.Row) -> [String: Any] {
        let t = row.target
        return ["id": t.id, "tier": t.tier.rawValue, "tierName": t.tier.heading(), "region": t.region.name,
                "regionCode": t.region.code, "regionLabel": "\(t.region.name)（\(t.region.code)）",
                "target": t.count, "targetShown": ProseFormat.grouped(t.count), "due": t.due.iso,
                "current": row.current, "currentShown": ProseFormat.grouped(row.current),
                "yearBefore": ProseFormat.grouped(row.yearBefore),
                "projection": row.projection, "projectionShown": ProseFormat.grouped(row.projection),
                "bar": min(row.current, t.count),
                "percent": PageRecordsText.progressShare.text(["percent": row.current * 100 / max(t.count, 1)]),
                "status": row.status.rawValue, "statusName": row.status.name(),
                "setBy": t.operatorName, "setAt": BeijingTime.stamp(t.recordedAt)]
    }
}
