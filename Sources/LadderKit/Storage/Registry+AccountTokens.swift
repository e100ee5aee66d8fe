import GRDB

/// API tokens: stored as SHA-256 digests; the token itself is shown once by the CLI.
extension Registry {
    /// Records a token of account `name` by its digest.
    @discardableResult
    public func addToken(name: String, digest: String, context: WriteContext) throws -> AccountToken {
        try transaction { db in
            let account = try Registry.requireAccount(db, name: name)
            guard !account.isDisabled else { throw AccountError.alreadyDisabled(name: name) }
            try db.execute(sql: "INSERT INTO account_token (account_id, digest, created_at) VALUES (?, ?, ?)",
                           arguments: [account.id, digest, context.at.iso])
            let id = db.lastInsertedRowID
            try Registry.recordAccountChange(db, accountID: account.id, kind: "token", tokenID: id, context: context)
            return AccountToken(id: id, accountName: name, createdAt: context.at)
        }
    }

    /// Revokes token `id` of account `name`: requests bearing it are refused from now on.
    @discardableResult
    public func revokeToken(name: String, id: Int64, context: WriteContext) throws -> AccountToken {
        try transaction { db in
            let account = try Registry.requireAccount(db, name: name)
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM account_token WHERE id = ? AND account_id = ?",
                                             arguments: [id, account.id]) else {
                throw AccountError.unknownToken(name: name, id: id)
            }
            guard (row["revoked_at"] as String?) == nil else { throw AccountError.tokenAlreadyRevoked(name: name, id: id) }
            try db.execute(sql: "UPDATE account_token SET revoked_at = ? WHERE id = ?", arguments: [context.at.iso, id])
            try Registry.recordAccountChange(db, accountID: account.id, kind: "revoke", tokenID: id, context: context)
            var token = try Registry.token(row: row, name: name)
            token.revokedAt = context.at
            return token
        }
    }

    /// The tokens of account `name`, oldest first, revoked ones included.
    public func tokens(of name: String) throws -> [AccountToken] {
        try read { db in
            let account = try Registry.requireAccount(db, name: name)
            return try Row.fetchAll(db, sql: "SELECT * FROM account_token WHERE account_id = ? ORDER BY id",
                                    arguments: [account.id]).map { try Registry.token(row: $0, name: name) }
        }
    }

    /// The account a token with this digest belongs to; nil when unknown, revoked or its account disabled.
    public func account(tokenDigest digest: String) throws -> Account? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: """
                SELECT a.* FROM account_token t JOIN account a ON a.id = t.account_id
                WHERE t.digest = ? AND t.revoked_at IS NULL AND a.disabled_at IS NULL
                """), arguments: [digest]).map(Registry.account(row:))
        }
    }

    static func token(row: Row, name: String) throws -> AccountToken {
        guard let createdAt = Moment(parsing: row["created_at"], defaultOffsetSeconds: 0) else {
            throw RegistryError.corrupt(detail: "token \(row["id"] as Int64) of account '\(name)' has an unreadable time")
        }
        let revokedAt = (row["revoked_at"] as String?).flatMap { Moment(parsing: $0, defaultOffsetSeconds: 0) }
        return AccountToken(id: row["id"], accountName: name, createdAt: createdAt, revokedAt: revokedAt)
    }
}
