/// API tokens: stored as SHA-256 digests; the token itself is shown once by the CLI.
extension Registry {
    /// Records a token of account `name` by its digest.
    @discardableResult
    public func addToken(name: String, digest: String, context: WriteContext) throws -> AccountToken {
        try writing { c in
            let account = try Registry.requireAccount(c, name: name)
            guard !account.isDisabled else { throw AccountError.alreadyDisabled(name: name) }
            let id = try c.insertReturningID("INSERT INTO account_token (account_id, digest, created_at) VALUES (?, ?, ?)",
                                             [.integer(account.id), .text(digest), .text(context.at.iso)])
            try Registry.recordAccountChange(c, accountID: account.id, kind: "token", tokenID: id, context: context)
            return AccountToken(id: id, accountName: name, createdAt: context.at)
        }
    }

    /// Revokes token `id` of account `name`: requests bearing it are refused from now on.
    @discardableResult
    public func revokeToken(name: String, id: Int64, context: WriteContext) throws -> AccountToken {
        try writing { c in
            let account = try Registry.requireAccount(c, name: name)
            guard let row = try c.rows("SELECT \(Registry.tokenColumns) FROM account_token WHERE id = ? AND account_id = ?",
                                       [.integer(id), .integer(account.id)]).first else {
                throw AccountError.unknownToken(name: name, id: id)
            }
            guard row.isNull(2) else { throw AccountError.tokenAlreadyRevoked(name: name, id: id) }
            try c.execute("UPDATE account_token SET revoked_at = ? WHERE id = ?", [.text(context.at.iso), .integer(id)])
            try Registry.recordAccountChange(c, accountID: account.id, kind: "revoke", tokenID: id, context: context)
            var token = try Registry.token(row: row, name: name)
            token.revokedAt = context.at
            return token
        }
    }

    /// The tokens of account `name`, oldest first, revoked ones included.
    public func tokens(of name: String) throws -> [AccountToken] {
        try reading { c in
            let account = try Registry.requireAccount(c, name: name)
            return try c.rows("SELECT \(Registry.tokenColumns) FROM account_token WHERE account_id = ? ORDER BY id",
                              [.integer(account.id)]).map { try Registry.token(row: $0, name: name) }
        }
    }

    /// The account a token with this digest belongs to; nil when unknown, revoked or its account disabled.
    public func account(tokenDigest digest: String) throws -> Account? {
        try readingOneStatement { c in
            try c.cachedRows("""
                SELECT a.id, a.name, a.role, a.region, a.created_at, a.disabled_at FROM account_token t
                JOIN account a ON a.id = t.account_id
                WHERE t.digest = ? AND t.revoked_at IS NULL AND a.disabled_at IS NULL
                """, [.text(digest)]).first.map { try Registry.account(row: $0) }
        }
    }

    /// The columns `token(row:name:)` reads, in order.
    static let tokenColumns = "id, created_at, revoked_at"

    static func token(row: StoredRow, name: String) throws -> AccountToken {
        guard let createdAt = row.moment(1) else {
            throw RegistryError.corrupt(detail: "token \(row.id(0)) of account '\(name)' has an unreadable time")
        }
        return AccountToken(id: row.id(0), accountName: name, createdAt: createdAt, revokedAt: row.moment(2))
    }
}
