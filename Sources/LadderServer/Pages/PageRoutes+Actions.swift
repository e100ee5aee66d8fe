import Foundation
import Hummingbird
import LadderKit

/// The actions posted from a firm's page to `/firms/{code}/{action}`: read as the API reads its
/// writes (`WriteRoutes.Body`, the same parse), checked by the same `Scope` rules, recorded by the
/// same library calls under the account's name; then back to the firm page with a confirmation
/// (post/redirect/get), or the page again with the form, the reasons and what was typed.
extension PageRoutes {
    /// POST /firms/{code}/{action}, through `servePosted` as every page's form: signed in, in the
    /// reader's language, the write offloaded; its refusal shown on the firm page with the form.
    func firmAction(_ request: Request, context: ServerContext) async -> Response {
        await servePosted(request, context) { account, form in
            guard let action = PageFirmAction(rawValue: try context.parameters.require("action")) else {
                throw PageProblem(.notFound, title: PageText.notFoundTitle.text(),
                                  message: PageText.pageNotFound.text(["path": request.uri.path]))
            }
            let query = try context.firmInPath()
            var values = form.fields
            values[PageForm.fieldCSRF] = nil
            let now = settings.clock()
            let client = ClientAddress.of(request, context: context, trustProxy: settings.trustProxy)
            do {
                return .redirect(try await Offload.run { [self] in
                    try perform(action, firm: query, values: values, account: account, now: now, client: client)
                })
            } catch {
                var posted = PostedAction(action: action, values: values)
                switch error {
                case let error as APIError where error.status == .badRequest:
                    posted.badInput = error.message
                    return try firm(request, context: context, account: account, posted: posted, status: .badRequest)
                case let error as RegistryError where WriteRoutes.isRefusal(error):
                    posted.refusal = error
                    return try firm(request, context: context, account: account, posted: posted, status: .unprocessableContent)
                default:
                    return try PageProblem.forbidding { throw error }
                }
            }
        }
    }

    /// The write, as the API makes it; answers where to go after it (the firm page with what was done).
    private func perform(_ action: PageFirmAction, firm query: String, values: [String: String], account: Account,
                         now: Moment, client: String?) throws -> String {
        try Scope.requireEditor(account)
        let writes = WriteRoutes(registry: registry, settings: settings)
        let labels = action.labels
        func context(_ code: CreditCode, document: String? = nil, note: String? = nil, override: String? = nil) -> WriteContext {
            WriteContext(operatorName: account.name, at: now, command: "POST \(PagePaths.firms)/\(code.text)/\(action.rawValue)",
                         document: document, note: note, override: override, clientAddress: client,
                         operatorID: account.id)
        }
        func done(_ code: CreditCode, _ recorded: Bool) -> String {
            // The browser keeps a form's #action-… after the redirect unless the address names its own place.
            "\(PagePaths.firms)/\(code.text)?done=\(recorded ? action.rawValue : "unchanged")#done"
        }
        switch action {
        case .facts:
            let body = try WriteRoutes.Body(form: values, fields: WriteRoutes.factFields, labels: labels)
            let year = try WriteRoutes.year(body, .fiscalYear)
            var stored: [String] = []
            let facts = try WriteRoutes.facts(body, stored: &stored)
            let (code, outcome) = try writes.setFactsInScope(account, firm: query, year: year, facts: facts, now: now) { context($0) }
            if case .unchanged = outcome { return done(code, false) }
            return done(code, true)
        case .void:
            let body = try WriteRoutes.Body(form: values, fields: PageFirmAction.voidFields, labels: labels)
            let code = try writes.checkWrite(account, firm: query, on: ChinaTime.day(of: now), now: now)
            let idText = try body.required("event", example: "12")
            guard let id = Int64(idText), id > 0, (try? registry.event(id: id))?.1 == code else {
                throw APIError(.badRequest, PageActionText.eventOfAnother.text(["id": idText]))
            }
            let reason = try body.required("reason", example: "录入错误")
            do {
                _ = try writes.voidInScope(account, eventID: id, reason: reason, now: now,
                                           context: context(code, document: try body.text("document"), note: try body.text("note")))
            } catch let error as RegistryError where error.isAlreadyRecorded {
                return done(code, false)
            }
            return done(code, true)
        case .admit, .certify, .select, .revoke, .rename, .relocate:
            let spec = writes.eventForm(action.event!)
            let body = try WriteRoutes.Body(form: values, fields: spec.fields + ["document", "note"] + (spec.overridable ? ["override"] : []),
                                            labels: labels)
            let (day, write) = try spec.parse(body)
            let code = try writes.checkWrite(account, firm: query, on: day, now: now)
            do {
                let outcome = try write(code, context(code, document: try body.text("document"), note: try body.text("note"),
                                                      override: spec.overridable ? try body.text("override") : nil))
                return done(code, outcome.isRecorded)
            } catch let error as RegistryError where error.isAlreadyRecorded {
                return done(code, false)
            }
        }
    }

    /// The confirmation shown on the firm page after a write (`?done=`), nil for anything else.
    static func doneLine(_ done: String?) -> String? {
        guard let done else { return nil }
        if done == "unchanged" { return PageActionText.doneUnchanged.text() }
        switch PageFirmAction(rawValue: done) {
        case .facts: return PageActionText.doneFacts.text()
        case .void: return PageActionText.doneVoid.text()
        case let action?: return PageActionText.done.text(["action": action.title])
        case nil: return nil
        }
    }
}
