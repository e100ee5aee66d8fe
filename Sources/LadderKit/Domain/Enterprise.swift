/// A firm in the registry: its key, and its name and place as first registered here.
/// Its name and place on a given day come from `History` (renames and relocations are events).
public struct Enterprise: Hashable, Sendable, Identifiable {
    public let id: Int64
    public let creditCode: CreditCode
    public let registeredName: String
    public let registeredLocation: Location
    public let profile: EnterpriseProfileFields
    public let createdAt: Moment
    public let createdBy: String

    public init(id: Int64, creditCode: CreditCode, registeredName: String, registeredLocation: Location,
                profile: EnterpriseProfileFields, createdAt: Moment, createdBy: String) {
        self.id = id
        self.creditCode = creditCode
        self.registeredName = registeredName
        self.registeredLocation = registeredLocation
        self.profile = profile
        self.createdAt = createdAt
        self.createdBy = createdBy
    }
}

/// Descriptive fields a bureau keeps on a firm; corrections are kept as versions (`profile_version`).
public struct EnterpriseProfileFields: Hashable, Sendable {
    public var founded: Day?
    /// One of the 8 国家重点支持的高新技术领域, as given.
    public var field: String?
    public var contact: String?
    public var phone: String?

    public init(founded: Day? = nil, field: String? = nil, contact: String? = nil, phone: String? = nil) {
        self.founded = founded
        self.field = field
        self.contact = contact
        self.phone = phone
    }
}

extension EnterpriseProfileFields {
    /// These fields with every field `newer` sets replaced by its value.
    func corrected(by newer: EnterpriseProfileFields) -> EnterpriseProfileFields {
        EnterpriseProfileFields(founded: newer.founded ?? founded, field: newer.field ?? field,
                                contact: newer.contact ?? contact, phone: newer.phone ?? phone)
    }
}

extension Enterprise {
    /// This firm with the fields `correction` sets replacing its profile's.
    func corrected(by correction: EnterpriseProfileFields?) -> Enterprise {
        guard let correction else { return self }
        return Enterprise(id: id, creditCode: creditCode, registeredName: registeredName,
                          registeredLocation: registeredLocation, profile: profile.corrected(by: correction),
                          createdAt: createdAt, createdBy: createdBy)
    }
}
