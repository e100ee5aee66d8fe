import GRDB

extension Registry {
    /// Registers a firm. Its place defaults to the division in its credit code (positions 3-8),
    /// which names the registering authority; give `location` when the roster says better. A code
    /// whose registration was set aside is registered again on the same row (`registerAgain`).
    public func add(_ code: CreditCode, name: String, location: Location? = nil,
                    profile: EnterpriseProfileFields = .init(), context: WriteContext) throws -> Enterprise {
        let name = name.trimmingSpaces()
        guard !name.isEmpty else { throw RegistryError.emptyName }
        return try transaction { db in
            if let existing = try Registry.enterprise(db, code: code) {
                if try Registry.setAside(db, enterpriseID: existing.id, knownAt: nil) != nil {
                    return try Registry.registerAgain(db, existing, name: name, location: location, profile: profile,
                                                      context: context)
                }
                throw RegistryError.alreadyRegistered(code: code.text, name: existing.registeredName)
            }
            return try Registry.insertEnterprise(db, code: code, name: name, location: location, profile: profile,
                                                 context: context)
        }
    }

    static func insertEnterprise(_ db: Database, code: CreditCode, name: String, location: Location?,
                                 profile: EnterpriseProfileFields, context: WriteContext) throws -> Enterprise {
        let location = location ?? Location(division: RegionCode(trusted: code.division))
        try db.execute(sql: """
            INSERT INTO enterprise (credit_code, name, division, zone, founded_on, field, contact, phone,
                                    created_at, created_by, batch_id, client, operator_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [code.text, name, location.division.code, location.zone?.rawValue, profile.founded?.iso,
                             profile.field, profile.contact, profile.phone, context.at.iso, context.operatorName,
                             context.batchID, context.batchID == nil ? context.clientAddress : nil,
                             context.batchID == nil ? context.operatorID : nil])
        return Enterprise(id: db.lastInsertedRowID, creditCode: code, registeredName: name,
                          registeredLocation: location, profile: profile, createdAt: context.at,
                          createdBy: context.operatorName)
    }
}
