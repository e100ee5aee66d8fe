/// A qualification that ends soon, with whom to call about re-certification.
public struct ExpiringRow: Sendable, Equatable {
    public var creditCode: String
    public var name: String
    /// Reporting region name, e.g. `赣州市`.
    public var city: String
    public var tier: Tier
    /// Certificate or registration number, or the list year for list tiers.
    public var number: String
    /// Last valid day.
    public var endDay: Day
    public var contact: String?
    public var phone: String?

    public init(creditCode: String, name: String, city: String, tier: Tier, number: String, endDay: Day,
                contact: String? = nil, phone: String? = nil) {
        self.creditCode = creditCode
        self.name = name
        self.city = city
        self.tier = tier
        self.number = number
        self.endDay = endDay
        self.contact = contact
        self.phone = phone
    }
}
