import LadderKit

extension AccountRoutes {
    /// An account as the accounts API lists it: never its password hash.
    struct Listed: Encodable {
        var username: String
        var role: String
        var region: AccountDocument.RegionDocument
        var createdAt: String
        var disabledAt: String?

        init(_ account: Account) {
            username = account.name
            role = account.role.rawValue
            region = AccountDocument.RegionDocument(code: account.region.code, name: account.region.name)
            createdAt = account.createdAt.iso
            disabledAt = account.disabledAt?.iso
        }

        enum CodingKeys: String, CodingKey {
            case username, role, region
            case createdAt = "created_at"
            case disabledAt = "disabled_at"
        }
    }

    /// An API token by its id; `token` itself only in the answer that made it.
    struct TokenDocument: Encodable {
        var id: Int64
        var username: String
        var createdAt: String
        var revokedAt: String?
        var token: String?

        init(_ token: AccountToken) {
            id = token.id
            username = token.accountName
            createdAt = token.createdAt.iso
            revokedAt = token.revokedAt?.iso
        }

        enum CodingKeys: String, CodingKey {
            case id, username, token
            case createdAt = "created_at"
            case revokedAt = "revoked_at"
        }
    }
}

extension AccountError {
    /// The account name the error is about.
    var name: String {
        switch self {
        case let .badName(name), let .nameTaken(name), let .unknownAccount(name), let .alreadyDisabled(name),
             let .unknownToken(name, _), let .tokenAlreadyRevoked(name, _): return name
        }
    }
}
