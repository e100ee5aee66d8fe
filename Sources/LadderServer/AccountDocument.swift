import LadderKit

/// An account as the API shows it (`GET /api/v1/me`, the sign-in answer): never its password hash.
struct AccountDocument: Encodable {
    struct RegionDocument: Encodable {
        var code: String
        var name: String
    }

    var username: String
    var role: String
    var region: RegionDocument
    /// "session" or "token".
    var authentication: String?
    var csrfToken: String?

    init(_ account: Account, authentication: String? = nil, csrfToken: String? = nil) {
        username = account.name
        role = account.role.rawValue
        region = RegionDocument(code: account.region.code, name: account.region.name)
        self.authentication = authentication
        self.csrfToken = csrfToken
    }

    enum CodingKeys: String, CodingKey {
        case username, role, region, authentication
        case csrfToken = "csrf_token"
    }
}
