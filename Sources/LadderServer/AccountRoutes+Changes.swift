import LadderKit

/// The rules of account changes, one copy for the accounts API and the 账户 pages: only an admin
/// changes accounts, only those of its region and the regions within it, never disabling itself.
/// Each runs on the caller's thread (callers offload it: bcrypt and the write lock block); the
/// scope refusals are `APIError`s, the library's are `AccountError`s for the caller to word.
extension AccountRoutes {
    /// Refuses a change by anyone but an admin of `target`'s region or a region above it.
    static func checkManaged(_ admin: Account, _ target: Account) throws {
        try Scope.requireAdmin(admin)
        try Scope.checkManages(admin, region: target.region, name: target.name)
    }

    /// A new account: a usable password, a region within the admin's (so never above it); the
    /// library refuses a bad or taken name.
    func addAccount(name: String, role: AccountRole, region: Region, password: String, by admin: Account,
                    context: WriteContext) throws -> Account {
        try Scope.requireAdmin(admin)
        if let problem = Credentials.problem(withPassword: password) {
            throw APIError(.badRequest, ServeInputText.badPassword.text(["reason": problem]))
        }
        try Scope.checkManages(admin, region: region, name: name)
        let hash = Credentials.hash(password: password, cost: settings.bcryptCost)
        return try registry.addAccount(name: name, role: role, region: region, passwordHash: hash, context: context)
    }

    /// Disables `target`, not the admin's own account; one already disabled is left as it is.
    func disableAccount(_ target: Account, by admin: Account, context: WriteContext) throws -> Account {
        try AccountRoutes.checkManaged(admin, target)
        guard target.name != admin.name else {
            throw APIError(.unprocessableContent, ServeInputText.cannotDisableSelf.text(["admin": admin.name, "region": admin.region.name]))
        }
        // As the CLI's "already recorded": nothing to do, and nothing wrong.
        guard !target.isDisabled else { return target }
        return try registry.disableAccount(name: target.name, context: context)
    }

    /// A new password for `target`; its sessions end.
    func setPassword(of target: Account, to password: String, by admin: Account, context: WriteContext) throws {
        try AccountRoutes.checkManaged(admin, target)
        try Scope.checkActsAs(admin, for: target)
        if let problem = Credentials.problem(withPassword: password) {
            throw APIError(.badRequest, ServeInputText.badPassword.text(["reason": problem]))
        }
        try registry.setPassword(name: target.name, passwordHash: Credentials.hash(password: password, cost: settings.bcryptCost),
                                 context: context)
    }

    /// A new API token of `target`, returned once with the record the registry keeps (its digest only).
    func mintToken(for target: Account, by admin: Account, context: WriteContext) throws -> (record: AccountToken, token: String) {
        try AccountRoutes.checkManaged(admin, target)
        try Scope.checkActsAs(admin, for: target)
        let made = Credentials.newToken()
        return (try registry.addToken(name: target.name, digest: made.digest, context: context), made.token)
    }

    /// Revokes token `id` of `target`; one already revoked is left as it is.
    func revokeToken(_ id: Int64, of target: Account, by admin: Account, context: WriteContext) throws -> AccountToken {
        try AccountRoutes.checkManaged(admin, target)
        if let token = try registry.tokens(of: target.name).first(where: { $0.id == id }), token.revokedAt != nil {
            return token
        }
        return try registry.revokeToken(name: target.name, id: id, context: context)
    }
}
