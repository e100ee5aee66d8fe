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

    /// Reads a firm from a seam row selecting `columns`, in their order.
    init(stored row: StoredRow) throws { try self.init(stored: row, contactDetails: true) }

    /// `contactDetails` as for `init(statement:contactDetails:)`.
    init(stored row: StoredRow, contactDetails: Bool) throws {
        guard let createdAt = row.moment(9) else {
            throw RegistryError.corrupt(detail: "enterprise \(row.id(0)) has an unreadable created_at")
        }
        self.init(id: row.id(0), creditCode: CreditCode(trusted: row.string(1)), registeredName: row.string(2),
                  registeredLocation: Location(division: RegionCode(trusted: row.string(3)),
                                               zone: row.text(4).flatMap(Zone.init(rawValue:))),
                  profile: EnterpriseProfileFields(founded: row.day(5), field: row.text(6),
                                                   contact: contactDetails ? row.text(7) : nil,
                                                   phone: contactDetails ? row.text(8) : nil),
                  createdAt: createdAt, createdBy: contactDetails ? row.string(10) : "")
    }
}
