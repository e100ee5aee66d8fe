extension Enterprise {
    /// Reads a firm from a raw statement selecting `Enterprise.columns`, as `init(row:)` reads a
    /// GRDB row (for `candidates`, which reads every firm with facts).
    init(statement s: SQLiteStatement) throws {
        guard let createdAt = s.moment(9) else {
            throw RegistryError.corrupt(detail: "enterprise \(s.int64(0)) has an unreadable created_at")
        }
        let zone = s.text(4).flatMap(Zone.init(rawValue:))
        self.init(id: s.int64(0), creditCode: CreditCode(trusted: s.text(1) ?? ""), registeredName: s.text(2) ?? "",
                  registeredLocation: Location(division: RegionCode(trusted: s.text(3) ?? ""), zone: zone),
                  profile: EnterpriseProfileFields(founded: s.text(5).flatMap { Day(iso: $0) },
                                                   field: s.text(6), contact: s.text(7), phone: s.text(8)),
                  createdAt: createdAt, createdBy: s.text(10) ?? "")
    }
}
