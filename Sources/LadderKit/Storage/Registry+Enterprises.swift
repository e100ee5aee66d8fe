extension Registry {
    /// Registers a firm. Its place defaults to the division in its credit code (positions 3-8),
    /// which names the registering authority; give `location` when the roster says better. A code
    /// whose registration was set aside is registered again on the same row (`registerAgain`).
    public func add(_ code: CreditCode, name: String, location: Location? = nil,
                    profile: EnterpriseProfileFields = .init(), context: WriteContext) throws -> Enterprise {
        let name = name.trimmingSpaces()
        guard !name.isEmpty else { throw RegistryError.emptyName }
        return try writing { c in
            if let existing = try Registry.enterprise(c, code: code) {
                if try Registry.setAside(c, enterpriseID: existing.id, knownAt: nil) != nil {
                    return try Registry.registerAgain(c, existing, name: name, location: location, profile: profile,
                                                      context: context)
                }
                throw RegistryError.alreadyRegistered(code: code.text, name: existing.registeredName)
            }
            return try Registry.insertEnterprise(c, code: code, name: name, location: location, profile: profile,
                                                 context: context)
        }
    }

    static func insertEnterprise(_ c: any RegistryConnection, code: CreditCode, name: String, location: Location?,
                                 profile: EnterpriseProfileFields, context: WriteContext) throws -> Enterprise {
        let location = location ?? Location(division: RegionCode(trusted: code.division))
        let id = try c.insertReturningID("""
            INSERT INTO enterprise (credit_code, name, division, zone, founded_on, field, contact, phone,
                                    created_at, created_by, batch_id, client, operator_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(code.text), .text(name), .text(location.division.code), .init(location.zone?.rawValue),
                  .init(profile.founded?.iso), .init(profile.field), .init(profile.contact), .init(profile.phone),
                  .text(context.at.iso), .text(context.operatorName), .init(context.batchID),
                  .init(context.batchID == nil ? context.clientAddress : nil),
                  .init(context.batchID == nil ? context.operatorID : nil)])
        return Enterprise(id: id, creditCode: code, registeredName: name,
                          registeredLocation: location, profile: profile, createdAt: context.at,
                          createdBy: context.operatorName)
    }
}
