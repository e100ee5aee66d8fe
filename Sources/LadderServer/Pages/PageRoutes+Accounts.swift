import Foundation
import Hummingbird
import LadderKit

/// 账户 `/accounts`, for admins: the accounts of their region and the regions within it, the form
/// that adds one, and each account's page (`/accounts/{name}`) with its API tokens and the forms
/// that disable it, set its password, make a token (shown once) and revoke one. Every change goes
/// through the accounts API's rules (`AccountRoutes+Changes`). A password is never echoed back nor
/// put in an address.
extension PageRoutes {
    /// What the add-account form holds as typed (never the password), kept when it comes back refused.
    struct AccountForm {
        var name = ""
        var role = AccountRole.viewer.rawValue
        var region = ""
        var error: String?
    }

    /// Where each form of an account's page shows its refusal.
    enum AccountAction: String {
        case disable, password, token
    }

    var accountRules: AccountRoutes { AccountRoutes(registry: registry, settings: settings) }

    func accountsPage(_ request: Request, account: Account) throws -> PageAnswer {
        try PageProblem.forbidding { try Scope.requireAdmin(account) }
        let query = try ReadRoutes.Query(request, takes: ["lang", "added"], now: settings.clock())
        return try accountsAnswer(admin: account, form: AccountForm(region: account.region.code), added: query.text("added"))
    }

    /// Adds an account: the form's own checks (both passwords typed alike), then the API's rules.
    func addAccount(_ request: Request, context: ServerContext, admin: Account, form fields: PageForm) async throws -> PageAnswer {
        try PageProblem.forbidding { try Scope.requireAdmin(admin) }
        let typed = { (name: String) in (fields[name] ?? "").trimmingCharacters(in: .whitespaces) }
        var form = AccountForm(name: typed("username"), role: typed("role"), region: typed("region"))
        let (password, again) = (fields["password"] ?? "", fields["password_again"] ?? "")
        let refuse = { (status: HTTPResponse.Status, field: String, reason: String) throws -> PageAnswer in
            form.error = PageRecordsText.fieldProblem.text(["field": field, "reason": reason])
            return try self.accountsAnswer(admin: admin, form: form, added: nil, status: status)
        }
        guard !form.name.isEmpty else { return try refuse(.badRequest, PageText.username.text(), PageRecordsText.missingUsername.text()) }
        guard let role = AccountRole(rawValue: form.role) else {
            return try refuse(.badRequest, PageRecordsText.roleField.text(), PageRecordsText.badRole.text(["value": form.role]))
        }
        let region: Region
        do {
            region = try Region(parsing: form.region.isEmpty ? admin.region.code : form.region)
        } catch {
            return try refuse(.badRequest, PageText.regionField.text(), String(describing: error))
        }
        if let problem = PageRoutes.passwordProblem(password, again) {
            return try refuse(.badRequest, PageRecordsText.passwordField.text(), problem)
        }
        let rules = accountRules, written = recorded(request, context, by: admin, command: "POST \(PagePaths.accounts)")
        let name = form.name
        do {
            _ = try await Offload.run {
                try rules.addAccount(name: name, role: role, region: region, password: password, by: admin, context: written)
            }
        } catch let error as APIError where error.status == .forbidden {
            return try refuse(.forbidden, PageText.regionField.text(), error.message)
        } catch let error as AccountError {
            let (status, reason) = PageRoutes.said(error)
            return try refuse(status, PageText.username.text(), reason)
        }
        return .redirect(PagePaths.accounts + "?added=" + PageRoutes.encoded(name))
    }

    func accountPage(_ request: Request, context: ServerContext, admin: Account) throws -> PageAnswer {
        let query = try ReadRoutes.Query(request, takes: ["lang", "done", "token"], now: settings.clock())
        let target = try managedAccount(context, admin: admin)
        var notice: String?
        switch query.text("done") {
        case "disabled"?: notice = PageRecordsText.disabledDone.text(["name": target.name])
        case "password"?: notice = PageRecordsText.passwordSetDone.text(["name": target.name])
        case "revoked"?: notice = PageRecordsText.tokenRevokedDone.text(["id": query.text("token") ?? ""])
        default: break
        }
        return try accountAnswer(admin: admin, target: target, notice: notice)
    }

    func disableAccount(_ request: Request, context: ServerContext, admin: Account) async throws -> PageAnswer {
        let target = try managedAccount(context, admin: admin)
        let rules = accountRules, written = recorded(request, context, by: admin, command: "POST \(accountPath(target))/disable")
        do {
            _ = try await Offload.run { try rules.disableAccount(target, by: admin, context: written) }
        } catch let error as APIError where error.status.code < 500 {
            return try accountAnswer(admin: admin, target: target, refused: (.disable, error.message), status: error.status)
        }
        return .redirect(accountPath(target) + "?done=disabled")
    }

    func setPassword(_ request: Request, context: ServerContext, admin: Account, form fields: PageForm) async throws -> PageAnswer {
        let target = try managedAccount(context, admin: admin)
        let password = fields["password"] ?? ""
        if let problem = PageRoutes.passwordProblem(password, fields["password_again"] ?? "") {
            return try accountAnswer(admin: admin, target: target, refused: (.password, problem), status: .badRequest)
        }
        let rules = accountRules, written = recorded(request, context, by: admin, command: "POST \(accountPath(target))/password")
        try await Offload.run { try rules.setPassword(of: target, to: password, by: admin, context: written) }
        return .redirect(accountPath(target) + "?done=password")
    }

    /// A new token, kept for the page that shows it once (post/redirect/get: reloading that page
    /// makes no second token).
    func makeToken(_ request: Request, context: ServerContext, admin: Account) async throws -> PageAnswer {
        let target = try managedAccount(context, admin: admin)
        let rules = accountRules, written = recorded(request, context, by: admin, command: "POST \(accountPath(target))/tokens")
        let made: (record: AccountToken, token: String)
        do {
            made = try await Offload.run { try rules.mintToken(for: target, by: admin, context: written) }
        } catch let error as AccountError {
            return try accountAnswer(admin: admin, target: target, refused: (.token, PageRoutes.said(error).reason),
                                     status: .unprocessableContent)
        }
        let id = tokens.put(TokenStash.Entry(adminID: admin.id, accountName: target.name, tokenID: made.record.id,
                                             token: made.token, madeAt: written.at))
        return .redirect(accountPath(target) + "/tokens/new/" + id)
    }

    /// GET /accounts/{name}/tokens/new/{id}: the new token, the one time it is ever shown; after
    /// that (a reload, the back button) a page saying it was shown already and what to do.
    func shownToken(_ context: ServerContext, admin: Account) throws -> PageAnswer {
        let target = try managedAccount(context, admin: admin)
        var values: [String: Any] = ["r": PageRoutes.words(PageRecordsText.self), "backHref": accountPath(target),
                                     "back": PageRecordsText.backToAccount.text(["name": target.name])]
        let id = try context.parameters.require("shown")
        guard let entry = tokens.take(id, adminID: admin.id, accountName: target.name, now: settings.clock()) else {
            values["gone"] = PageRecordsText.tokenShownAlready.text(["minutes": TokenStash.lifetime / 60_000_000])
            return .page(status: .gone, template: "token", title: PageRecordsText.tokenTitle.text(["name": target.name]),
                         values: values)
        }
        values["token"] = entry.token
        values["label"] = PageRecordsText.tokenLabel.text(["id": entry.tokenID])
        return .page(template: "token", title: PageRecordsText.tokenTitle.text(["name": target.name]), values: values)
    }

    func revokeToken(_ request: Request, context: ServerContext, admin: Account) async throws -> PageAnswer {
        let target = try managedAccount(context, admin: admin)
        let idText = try context.parameters.require("id")
        let missing = PageProblem(.notFound, title: PageText.notFoundTitle.text(),
                                  message: PageRecordsText.tokenNotFound.text(["name": target.name, "id": idText]))
        guard let id = Int64(idText) else { throw missing }
        let rules = accountRules
        let written = recorded(request, context, by: admin, command: "POST \(accountPath(target))/tokens/\(id)/revoke")
        do {
            _ = try await Offload.run { try rules.revokeToken(id, of: target, by: admin, context: written) }
        } catch AccountError.unknownToken {
            throw missing
        }
        return .redirect(accountPath(target) + "?done=revoked&token=\(id)")
    }

    /// The account named in the address, for an admin whose region holds it (else a 403 page saying why).
    private func managedAccount(_ context: ServerContext, admin: Account) throws -> Account {
        try PageProblem.forbidding { try Scope.requireAdmin(admin) }
        let raw = try context.parameters.require("name")
        let name = raw.removingPercentEncoding ?? raw
        guard let target = try registry.credentials(of: name)?.account else {
            throw PageProblem(.notFound, title: PageText.notFoundTitle.text(), message: PageRecordsText.accountNotFound.text(["name": name]))
        }
        try PageProblem.forbidding { try AccountRoutes.checkManaged(admin, target) }
        return target
    }

    func accountPath(_ account: Account) -> String { PagePaths.accounts + "/" + PageRoutes.encoded(account.name) }

    /// Why a new password cannot be used: a field left empty, two that differ, or the API's rule.
    static func passwordProblem(_ password: String, _ again: String) -> String? {
        if password.isEmpty || again.isEmpty {
            return PageRecordsText.missingPassword.text(["length": Credentials.minimumPasswordLength])
        }
        if password != again { return PageRecordsText.passwordsDiffer.text() }
        return Credentials.problem(withPassword: password)
    }

    /// The library's refusal of an account change, as the API words it (a taken name is a conflict).
    static func said(_ error: AccountError) -> (status: HTTPResponse.Status, reason: String) {
        switch error {
        case .nameTaken(let name): (.conflict, ServeInputText.nameTaken.text(["account": name]))
        case .badName: (.badRequest, error.description)
        default: (.unprocessableContent, error.description)
        }
    }
}
