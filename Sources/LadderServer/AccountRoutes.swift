import Hummingbird
import LadderKit

/// Accounts through the API, for admins: those of their region and below (`ladder accounts`' add,
/// list, disable and token, recorded under the admin's name and client address).
struct AccountRoutes {
    let registry: Registry
    let settings: ServerSettings

    func add(to router: Router<ServerContext>) {
        router.get("/api/v1/accounts") { _, context in try list(context: context) }
        router.post("/api/v1/accounts") { request, context in try await create(request, context: context) }
        router.post("/api/v1/accounts/:name/disable") { request, context in try await disable(request, context: context) }
        router.get("/api/v1/accounts/:name/tokens") { _, context in try tokens(context: context) }
        router.post("/api/v1/accounts/:name/tokens") { request, context in try await makeToken(request, context: context) }
        router.post("/api/v1/accounts/:name/tokens/:id/revoke") { request, context in
            try await revokeToken(request, context: context)
        }
    }

    /// The accounts of the admin's region and the regions within it, by name.
    private func list(context: ServerContext) throws -> Response {
        let admin = try context.requireAccount()
        try Scope.requireAdmin(admin)
        let accounts = try registry.accounts().filter { admin.region.includes($0.region) }
        return APIError.json(body: accounts.map(Listed.init))
    }

    private func create(_ request: Request, context: ServerContext) async throws -> Response {
        let admin = try context.requireAccount()
        try Scope.requireAdmin(admin)
        let body = try await WriteRoutes.Body(request, fields: ["username", "role", "region", "password"])
        let name = try body.required("username", example: "ganzhou.li")
        guard let role = try body.parsed("role", { text in
            guard let role = AccountRole(rawValue: text) else {
                throw APIError(.badRequest, ServeInputText.badRole.text(["value": text]))
            }
            return role
        }) else { throw WriteRoutes.missing("role", example: "editor") }
        guard let region = try body.parsed("region", { try Region(parsing: $0) }) else {
            throw WriteRoutes.missing("region", example: admin.region.code)
        }
        guard let password = try body.text("password") else {
            throw APIError(.badRequest, ServeInputText.missingPassword.text(["length": Credentials.minimumPasswordLength]))
        }
        let account = try await AccountRoutes.refusing {
            try addAccount(name: name, role: role, region: region, password: password, by: admin,
                           context: written(request, context, admin: admin, command: "POST /api/v1/accounts"))
        }
        return APIError.json(status: .created, body: Listed(account))
    }

    private func disable(_ request: Request, context: ServerContext) async throws -> Response {
        let (admin, target) = try managed(context)
        let account = try await AccountRoutes.refusing {
            try disableAccount(target, by: admin, context: written(
                request, context, admin: admin, command: "POST /api/v1/accounts/\(target.name)/disable"))
        }
        return APIError.json(body: Listed(account))
    }

    private func tokens(context: ServerContext) throws -> Response {
        let (_, target) = try managed(context)
        return APIError.json(body: try registry.tokens(of: target.name).map(TokenDocument.init))
    }

    /// A new API token, answered once: only its digest is kept.
    private func makeToken(_ request: Request, context: ServerContext) async throws -> Response {
        let (admin, target) = try managed(context)
        let made = try await AccountRoutes.refusing {
            try mintToken(for: target, by: admin, context: written(
                request, context, admin: admin, command: "POST /api/v1/accounts/\(target.name)/tokens"))
        }
        var document = TokenDocument(made.record)
        document.token = made.token
        return APIError.json(status: .created, body: document)
    }

    private func revokeToken(_ request: Request, context: ServerContext) async throws -> Response {
        let (admin, target) = try managed(context)
        let idText = try context.parameters.require("id")
        guard let id = Int64(idText) else {
            throw APIError(.badRequest, ServeInputText.badToken.text(["value": idText, "account": target.name]))
        }
        let token = try await AccountRoutes.refusing {
            try revokeToken(id, of: target, by: admin, context: written(
                request, context, admin: admin, command: "POST /api/v1/accounts/\(target.name)/tokens/\(id)/revoke"))
        }
        return APIError.json(body: TokenDocument(token))
    }

    /// The admin asking and the account named in the path, which must lie in the admin's region.
    private func managed(_ context: ServerContext) throws -> (admin: Account, target: Account) {
        let admin = try context.requireAccount()
        try Scope.requireAdmin(admin)
        let name = try context.parameters.require("name")
        guard let target = try registry.credentials(of: name)?.account else {
            throw APIError(.notFound, ServeInputText.noAccount.text(["account": name]))
        }
        try AccountRoutes.checkManaged(admin, target)
        return (admin, target)
    }

    private func written(_ request: Request, _ context: ServerContext, admin: Account, command: String) -> WriteContext {
        WriteContext(operatorName: admin.name, at: settings.clock(), command: command,
                     clientAddress: ClientAddress.of(request, context: context, trustProxy: settings.trustProxy),
                     operatorID: admin.id)
    }

    /// The library's refusals of account changes, as API answers.
    static func refusing<Value: Sendable>(_ change: @escaping () throws -> Value) async throws -> Value {
        do {
            return try await Offload.run(change)
        } catch let error as AccountError {
            switch error {
            case .badName: throw APIError(.badRequest, ServeInputText.badUsername.text(["reason": error.description]))
            case .nameTaken: throw APIError(.conflict, ServeInputText.nameTaken.text(["account": error.name]))
            case .unknownAccount: throw APIError(.notFound, ServeInputText.noAccount.text(["account": error.name]))
            case .unknownToken(let name, let id):
                throw APIError(.notFound, ServeInputText.noToken.text(["account": name, "id": id]))
            case .alreadyDisabled, .tokenAlreadyRevoked: throw APIError(.unprocessableContent, error.description)
            }
        }
    }
}
