import GRDB

extension Enterprise {
    static let columns = """
        id, credit_code, name, division, zone, founded_on, field, contact, phone, created_at, created_by
        """

    init(row: Row) throws {
        guard let createdAt = Moment(parsing: row["created_at"], defaultOffsetSeconds: 0) else {
            throw RegistryError.corrupt(detail: "enterprise \(row["id"] as Int64) has an unreadable created_at")
        }
        let zone = (row["zone"] as String?).flatMap(Zone.init(rawValue:))
        self.init(id: row["id"], creditCode: CreditCode(trusted: row["credit_code"]), registeredName: row["name"],
                  registeredLocation: Location(division: RegionCode(trusted: row["division"]), zone: zone),
                  profile: EnterpriseProfileFields(founded: (row["founded_on"] as String?).flatMap { Day(iso: $0) },
                                                   field: row["field"], contact: row["contact"], phone: row["phone"]),
                  createdAt: createdAt, createdBy: row["created_by"])
    }
}
