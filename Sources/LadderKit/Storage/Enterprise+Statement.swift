extension Enterprise {
    /// Reads a firm from a raw statement selecting `Enterprise.columns`, as `init(row:)` reads a
    /// GRDB row. `candidates`, which reads every firm with facts, passes `contactDetails: false`:
    /// the contact, phone and creator are left out (nil, nil and ""), as no rule reads them and
    /// each would be a String made per firm of the registry.
    init(statement s: SQLiteStatement, contactDetails: Bool = true) throws {
        guard let createdAt = s.moment(9) else {
            throw RegistryError.corrupt(detail: "enterprise \(s.int64(0)) has an unreadable created_at")
        }
        let zone = s.text(4).flatMap(Zone.init(rawValue:))
        self.init(id: s.int64(0), creditCode: CreditCode(trusted: s.text(1) ?? ""), registeredName: s.text(2) ?? "",
                  registeredLocation: Location(division: RegionCode(trusted: s.text(3) ?? ""), zone: zone),
                  profile: EnterpriseProfileFields(founded: s.day(5), field: s.text(6),
                                                   contact: contactDetails ? s.text(7) : nil,
                                                   phone: contactDetails ? s.text(8) : nil),
                  createdAt: createdAt, createdBy: contactDetails ? s.text(10) ?? "" : "")
    }
}
