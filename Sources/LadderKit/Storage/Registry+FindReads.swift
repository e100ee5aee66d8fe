import GRDB

/// The small reads `find` makes besides the name index, on either engine.
extension Registry {
    /// The id of the firm registered under `code` by `knownAt` and not set aside then; nil otherwise.
    static func registeredFirm(_ c: any RegistryConnection, code: CreditCode, knownAt: Moment?) throws -> Int64? {
        guard let firm = try enterprise(c, code: code), firm.createdAt.iso <= knownBound(knownAt),
              try setAside(c, enterpriseID: firm.id, knownAt: knownAt) == nil else { return nil }
        return firm.id
    }

    /// The SQLite database under `c`, for the paths that exist only there (the tests' references).
    static func requireDatabase(_ c: any RegistryConnection) throws -> Database {
        guard let db = (c as? GRDBConnection)?.database else {
            throw RegistryError.corrupt(detail: "a firm-by-firm read runs on SQLite only")
        }
        return db
    }
}
