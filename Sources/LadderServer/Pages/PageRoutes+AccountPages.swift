import Foundation
import Hummingbird
import LadderKit

/// The values of the 账户 pages: the list with the add form, and one account with its tokens.
extension PageRoutes {
    func accountsAnswer(admin: Account, form: AccountForm, added: String?, status: HTTPResponse.Status = .ok) throws -> PageAnswer {
        let accounts = try registry.accounts().filter { admin.region.includes($0.region) }
        var values: [String: Any] = [
            "rows": accounts.map { account -> [String: Any] in
                PageRoutes.accountRow(account).merging(["href": accountPath(account)]) { $1 }
            },
            "form": ["name": form.name, "region": form.region], "ownRegion": admin.region.code,
            "roles": AccountRole.allCases.map { ["value": $0.rawValue, "label": $0.said, "selected": form.role == $0.rawValue] },
            "passwordHint": PageRecordsText.passwordHint.text(["length": Credentials.minimumPasswordLength]),
            "account": PageRoutes.words(AccountText.self), "r": PageRoutes.words(PageRecordsText.self),
        ]
        if let error = form.error { values["formError"] = error }
        if let added, let account = accounts.first(where: { $0.name == added }) {
            values["notice"] = PageRecordsText.accountAdded.text(["name": account.name, "role": account.role.said,
                                                                   "region": account.region.name])
        }
        return .page(status: status, template: "accounts", title: PageRecordsText.accountsTitle.text(["region": admin.region.name]),
                     values: values)
    }

    func accountAnswer(admin: Account, target: Account, notice: String? = nil, refused: (AccountAction, String)? = nil,
                       status: HTTPResponse.Status = .ok) throws -> PageAnswer {
        let tokens = try registry.tokens(of: target.name).reversed()
        var values = PageRoutes.accountRow(target)
        values["path"] = accountPath(target)
        values["active"] = !target.isDisabled
        values["mayDisable"] = !target.isDisabled && target.name != admin.name
        // Tokens and passwords sign in as the account: a peer admin's page says whom to ask instead.
        do {
            try Scope.checkActsAs(admin, for: target)
            values["mayActAs"] = !target.isDisabled
        } catch let refusal as APIError {
            values["actsAsLine"] = refusal.message
        }
        values["disabledLine"] = PageRecordsText.cannotChangeDisabled.text(["name": target.name])
        values["passwordHint"] = PageRecordsText.passwordHint.text(["length": Credentials.minimumPasswordLength])
        values["account"] = PageRoutes.words(AccountText.self)
        values["r"] = PageRoutes.words(PageRecordsText.self)
        values["back"] = PagePaths.accounts
        values["hasTokens"] = !tokens.isEmpty
        values["tokens"] = tokens.map { token -> [String: Any] in
            ["id": token.id, "made": BeijingTime.stamp(token.createdAt), "live": token.revokedAt == nil,
             "status": token.revokedAt.map { AccountText.revokedSince.text(["time": BeijingTime.stamp($0)]) } ?? AccountText.active.text()]
        }
        if let notice { values["notice"] = notice }
        if let refused { values[refused.0.rawValue + "Error"] = refused.1 }
        return .page(status: status, template: "account", title: PageRecordsText.accountTitle.text(["name": target.name]),
                     values: values)
    }

    /// An account as both pages show it: never its password hash, which is not even read here.
    static func accountRow(_ account: Account) -> [String: Any] {
        ["name": account.name, "role": account.role.rawValue, "roleName": account.role.said,
         "regionName": account.region.name, "regionCode": account.region.code, "disabled": account.isDisabled,
         "status": account.disabledAt.map { PageRecordsText.statusDisabled.text(["time": BeijingTime.stamp($0)]) }
            ?? PageRecordsText.statusActive.text(),
         "created": BeijingTime.stamp(account.createdAt)]
    }
}
