import Foundation
import LadderKit

/// The 操作 section of a firm's page: a form per action, shown only to an editor or admin whose
/// region holds the firm today (the API's `Scope` checks decide); a form refused comes back open
/// with the reasons and what was typed.
extension PageRoutes {
    /// A form posted and refused: the action, the fields as typed, and why.
    struct PostedAction {
        let action: PageFirmAction
        let values: [String: String]
        var badInput: String?
        var refusal: RegistryError?
    }

    /// The section's values, or nil when the account may not write this firm today.
    func actionSection(code: String, timeline: [(event: Event, voidedBy: Int64?)], account: Account,
                       posted: PostedAction?) -> [String: Any]? {
        let now = settings.clock()
        let today = ChinaTime.day(of: now)
        guard (try? Scope.requireEditor(account)) != nil,
              (try? WriteRoutes(registry: registry, settings: settings).checkWrite(account, firm: code, on: today, now: now))
              != nil else { return nil }
        var forms: [[String: Any]] = []
        for action in PageFirmAction.allCases {
            let mine = posted?.action == action ? posted : nil
            var form = PageActionForm(action, code: code, typed: mine?.values)
            guard PageRoutes.fill(&form, today: today, timeline: timeline) else { continue }
            var values: [String: Any] = [
                "formId": action.rawValue, "title": action.title, "href": "\(PagePaths.firms)/\(code)/\(action.rawValue)#action-\(action.rawValue)",
                "fields": form.fields, "open": mine != nil,
                "submit": action == .facts ? PageActionText.submitFacts.text()
                    : action == .void ? PageActionText.submitVoid.text() : PageActionText.submit.text(["action": action.title]),
                "hasFormHint": action == .facts || action == .void,
                "formHint": action == .facts ? PageActionText.hintFacts.text() : PageActionText.hintVoid.text(),
            ]
            if let mine {
                if let badInput = mine.badInput { values["badInput"] = badInput }
                if let refusal = mine.refusal { values["refusal"] = PageRoutes.refusalBox(refusal) }
                if action.event.map({ WriteRoutes(registry: registry, settings: settings).eventForm($0).overridable }) == true,
                   mine.refusal != nil || !(mine.values["override"] ?? "").isEmpty {
                    values["showOverride"] = true
                    values["overrideValue"] = mine.values["override"] ?? ""
                }
            }
            forms.append(values)
        }
        return ["title": PageActionText.actionsTitle.text(),
                "intro": PageActionText.actionsIntro.text(["account": account.name, "day": today.iso]),
                "badInputTitle": PageActionText.badInputTitle.text(), "overrideTitle": PageActionText.overrideTitle.text(),
                "overrideHint": PageActionText.overrideHint.text(), "overrideLabel": Term.override.text(), "forms": forms]
    }

    /// The fields of each form with their defaults; false when the form has nothing to act on.
    private static func fill(_ form: inout PageActionForm, today: Day, timeline: [(event: Event, voidedBy: Int64?)]) -> Bool {
        let thisYear = String(today.iso.prefix(4))
        switch form.action {
        case .admit:
            form.text("number", required: true, hint: PageActionText.hintAdmitNumber.text())
            form.day("effective", today: today)
        case .certify:
            form.text("number", required: true, hint: PageActionText.hintCertifyNumber.text())
            form.day("issued", today: today)
        case .select:
            form.select("tier", [Tier.growth, .leader].map { ($0.rawValue, $0.label()) })
            form.select("category", [Tier.growth, .leader].flatMap { tier in
                ListCategory.categories(of: tier).map { ($0.rawValue, "\(tier.label()) · \($0.word)") }
            })
            form.text("year", default: thisYear, required: true, numeric: true)
            form.day("effective", today: today)
        case .revoke:
            form.select("tier", Tier.allCases.map { ($0.rawValue, $0.label()) }, default: Tier.hnte.rawValue)
            form.text("number")
            form.select("ground", RevocationGround.allCases.map { ($0.rawValue, $0.word) }, default: RevocationGround.other.rawValue)
            form.text("reason", required: true, wide: true)
            form.day("effective", today: today)
        case .rename:
            form.text("name", required: true, wide: true)
            form.day("effective", today: today)
        case .relocate:
            form.text("region", required: true, hint: PageActionText.hintRegion.text())
            form.select("zone", [("", PageActionText.zoneNone.text())] + Zone.allCases.map { ($0.rawValue, $0.name) })
            form.day("effective", today: today)
        case .void:
            let open = timeline.filter { $0.voidedBy == nil && $0.event.kind != .void }
            guard !open.isEmpty else { return false }
            form.select("event", open.map { entry -> (String, String) in
                let row = PageRoutes.eventRow(entry.event, voidedBy: nil)
                return (String(entry.event.id), PageActionText.eventOption.text([
                    "id": entry.event.id, "effective": entry.event.effective.iso, "kind": entry.event.kind.name(),
                    "detail": row["detail"] as? String ?? "",
                ]))
            }, default: open.last.map { String($0.event.id) })
            form.text("reason", required: true, wide: true)
            form.provenance()
            return true
        case .facts:
            form.text("year", default: String(Int(thisYear)! - 1), required: true, numeric: true)
            form.select("unit", [("wan", PageActionText.unitWan.text()), ("yuan", PageActionText.unitYuan.text())])
            for key in PageFirmAction.factKeys {
                if PageFirmAction.flagKeys.contains(key) { form.flag(key) } else { form.text(key, numeric: key != "field") }
            }
            return true
        }
        form.provenance()
        return true
    }

    /// The rules' refusal as the CLI words it: the sentence, each criterion not met and each fact
    /// to enter first, from the catalogue.
    static func refusalBox(_ error: RegistryError) -> [String: Any] {
        var box: [String: Any] = ["refusedTitle": PageActionText.refusedTitle.text()]
        guard case let .promotionRefused(code, tier, verdict, failed, missing) = error else {
            box["sentence"] = error.description
            return box
        }
        box["sentence"] = RegistryErrorText.promotionRefused.text([
            "code": code, "tier": tier.word, "verdict": verdict.said,
        ]) + (Language.current == .zh ? "。" : ".")
        box["hasFailed"] = !failed.isEmpty
        box["failedTitle"] = PageActionText.refusedFailed.text()
        box["failed"] = failed.map { $0.failure() }
        box["hasMissing"] = !missing.isEmpty
        box["missingTitle"] = PageActionText.refusedMissing.text()
        box["missing"] = missing.map { MissingFact.said($0) }
        return box
    }
}
