import GRDB

/// The accounts of `ladder serve`. Each change is stamped in `account_change` with its operator and
/// command, like every other write; a disabled account or a new password ends its sessions.
extension Registry {
    /// Adds an account; `passwordHash` is the bcrypt hash the server or CLI made.
    @discardableResult
    public func addAccount(name: String, role: AccountRole, region: Region, passwordHash: String,
                           context: WriteContext) throws -> Account {
        guard Account.isUsableName(name) else { throw AccountError.badName(name: name) }
        return try transaction { db in
            if try Registry.accountRow(db, name: name) != nil { throw AccountError.nameTaken(name: name) }
            try db.execute(sql: """
                INSERT INTO account (name, role, region, password_hash, created_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [name, role.rawValue, region.stored, passwordHash, context.at.iso])
            let id = db.lastInsertedRowID
            try Registry.recordAccountChange(db, accountID: id, kind: "add", context: context)
            return Account(id: id, name: name, role: role, region: region, createdAt: context.at)
        }
    }

    /// Every account, by name.
    public func accounts() throws -> [Account] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY name").map(Registry.account(row:))
        }
    }

    /// The account and its password hash, for a login; nil when no account has this name.
    public func credentials(of name: String) throws -> (account: Account, passwordHash: String)? {
        try read { db in
            try Registry.accountRow(db, name: name).map { (try Registry.account(row: $0), $0["password_hash"]) }
        }
    }

    /// Disables an account for good and ends its sessions; its tokens stop working with it.
    @discardableResult
    public func disableAccount(name: String, context: WriteContext) throws -> Account {
        try transaction { db in
            var account = try Registry.requireAccount(db, name: name)
            guard !account.isDisabled else { throw AccountError.alreadyDisabled(name: name) }
            try db.execute(sql: "UPDATE account SET disabled_at = ? WHERE id = ?", arguments: [context.at.iso, account.id])
            try db.execute(sql: "DELETE FROM login_session WHERE account_id = ?", arguments: [account.id])
            try Registry.recordAccountChange(db, accountID: account.id, kind: "disable", context: context)
            account.disabledAt = context.at
            return account
        }
    }

    /// Replaces an account's password hash and ends its sessions, so a stolen session stops too.
    public func setPassword(name: String, passwordHash: String, context: WriteContext) throws {
        try transaction { db in
            let account = try Registry.requireAccount(db, name: name)
            try db.execute(sql: "UPDATE account SET password_hash = ? WHERE id = ?", arguments: [passwordHash, account.id])
            try db.execute(sql: "DELETE FROM login_session WHERE account_id = ?", arguments: [account.id])
            try Registry.recordAccountChange(db, accountID: account.id, kind: "passwd", context: context)
        }
    }

    static func accountRow(_ db: Database, name: String) throws -> Row? {
        try Row.fetchOne(db, sql: "SELECT * FROM account WHERE name = ?", arguments: [name])
    }

    static func requireAccount(_ db: Database, name: String) throws -> Account {
        guard let row = try accountRow(db, name: name) else { throw AccountError.unknownAccount(name: name) }
        return try account(row: row)
    }

    static func account(row: Row) throws -> Account {
        let name: String = row["name"]
        guard let role = AccountRole(rawValue: row["role"]), let region = Region(stored: row["region"]),
              let createdAt = Moment(parsing: row["created_at"], defaultOffsetSeconds: 0) else {
            throw RegistryError.corrupt(detail: "account '\(name)' has an unreadable role, region or creation time")
        }
        let disabledAt = (row["disabled_at"] as String?).flatMap { Moment(parsing: $0, defaultOffsetSeconds: 0) }
        return Account(id: row["id"], name: name, role: role, region: region, createdAt: createdAt, disabledAt: disabledAt)
    }

    static func recordAccountChange(_ db: Database, accountID: Int64, kind: String, tokenID: Int64? = nil,
                                    context: WriteContext) throws {
        try db.execute(sql: """
            INSERT INTO account_change (account_id, kind, token_id, recorded_at, operator, command, client, operator_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [accountID, kind, tokenID, context.at.iso, context.operatorName, context.command,
                             context.clientAddress, context.operatorID])
    }
}

extension Account {
    /// Letters (Chinese too), digits, '.', '_' and '-', at most 64: safe in a log line and a URL.
    public static func isUsableName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" }
    }
}
