/// The accounts of `ladder serve`. Each change is stamped in `account_change` with its operator and
/// command, like every other write; a disabled account or a new password ends its sessions.
extension Registry {
    /// Adds an account; `passwordHash` is the bcrypt hash the server or CLI made.
    @discardableResult
    public func addAccount(name: String, role: AccountRole, region: Region, passwordHash: String,
                           context: WriteContext) throws -> Account {
        guard Account.isUsableName(name) else { throw AccountError.badName(name: name) }
        return try writing { c in
            if try Registry.accountRow(c, name: name) != nil { throw AccountError.nameTaken(name: name) }
            let id = try c.insertReturningID("""
                INSERT INTO account (name, role, region, password_hash, created_at) VALUES (?, ?, ?, ?, ?)
                """, [.text(name), .text(role.rawValue), .text(region.stored), .text(passwordHash), .text(context.at.iso)])
            try Registry.recordAccountChange(c, accountID: id, kind: "add", context: context)
            return Account(id: id, name: name, role: role, region: region, createdAt: context.at)
        }
    }

    /// Every account, by name.
    public func accounts() throws -> [Account] {
        try reading { c in
            try c.rows("SELECT \(Registry.accountColumns) FROM account ORDER BY name").map { try Registry.account(row: $0) }
        }
    }

    /// The account and its password hash, for a login; nil when no account has this name.
    public func credentials(of name: String) throws -> (account: Account, passwordHash: String)? {
        try reading { c in
            try Registry.accountRow(c, name: name).map { (try Registry.account(row: $0), $0.string(6)) }
        }
    }

    /// Disables an account for good and ends its sessions; its tokens stop working with it.
    @discardableResult
    public func disableAccount(name: String, context: WriteContext) throws -> Account {
        try writing { c in
            var account = try Registry.requireAccount(c, name: name)
            guard !account.isDisabled else { throw AccountError.alreadyDisabled(name: name) }
            try c.execute("UPDATE account SET disabled_at = ? WHERE id = ?", [.text(context.at.iso), .integer(account.id)])
            try c.execute("DELETE FROM login_session WHERE account_id = ?", [.integer(account.id)])
            try Registry.recordAccountChange(c, accountID: account.id, kind: "disable", context: context)
            account.disabledAt = context.at
            return account
        }
    }

    /// Replaces an account's password hash and ends its sessions, so a stolen session stops too.
    public func setPassword(name: String, passwordHash: String, context: WriteContext) throws {
        try writing { c in
            let account = try Registry.requireAccount(c, name: name)
            try c.execute("UPDATE account SET password_hash = ? WHERE id = ?", [.text(passwordHash), .integer(account.id)])
            try c.execute("DELETE FROM login_session WHERE account_id = ?", [.integer(account.id)])
            try Registry.recordAccountChange(c, accountID: account.id, kind: "passwd", context: context)
        }
    }

    /// The columns `account(row:)` reads, in order, and then the password hash.
    static let accountColumns = "id, name, role, region, created_at, disabled_at, password_hash"

    static func accountRow(_ c: any RegistryConnection, name: String) throws -> StoredRow? {
        try c.rows("SELECT \(accountColumns) FROM account WHERE name = ?", [.text(name)]).first
    }

    static func requireAccount(_ c: any RegistryConnection, name: String) throws -> Account {
        guard let row = try accountRow(c, name: name) else { throw AccountError.unknownAccount(name: name) }
        return try account(row: row)
    }

    /// An account from a row whose first columns are `accountColumns` (`offset` columns later).
    static func account(row: StoredRow, offset: Int = 0) throws -> Account {
        let name = row.string(offset + 1)
        guard let role = row.text(offset + 2).flatMap(AccountRole.init(rawValue:)),
              let region = row.text(offset + 3).flatMap(Region.init(stored:)), let createdAt = row.moment(offset + 4) else {
            throw RegistryError.corrupt(detail: "account '\(name)' has an unreadable role, region or creation time")
        }
        return Account(id: row.id(offset), name: name, role: role, region: region, createdAt: createdAt,
                       disabledAt: row.moment(offset + 5))
    }

    static func recordAccountChange(_ c: any RegistryConnection, accountID: Int64, kind: String, tokenID: Int64? = nil,
                                    context: WriteContext) throws {
        try c.execute("""
            INSERT INTO account_change (account_id, kind, token_id, recorded_at, operator, command, client, operator_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(accountID), .text(kind), .init(tokenID), .text(context.at.iso), .text(context.operatorName),
                  .init(context.command), .init(context.clientAddress), .init(context.operatorID)])
    }
}

extension Account {
    /// Letters (Chinese too), digits, '.', '_' and '-', at most 64: safe in a log line and a URL.
    public static func isUsableName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" }
    }
}
