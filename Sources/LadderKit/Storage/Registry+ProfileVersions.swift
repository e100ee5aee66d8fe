import GRDB

/// Profile corrections (`profile_version`): the enterprise row keeps the profile as first
/// registered, and reads apply the corrections known at their moment.
extension Registry {
    /// The firm with its profile as known at `knownAt`.
    static func known(_ c: any RegistryConnection, _ enterprise: Enterprise, knownAt: Moment?) throws -> Enterprise {
        enterprise.corrected(by: try profileCorrections(c, knownAt: knownAt, firm: enterprise.id)[enterprise.id])
    }

    /// A firm's profile in force: the registered one with every correction not set aside.
    static func currentProfile(_ c: any RegistryConnection, enterpriseID: Int64) throws -> EnterpriseProfileFields {
        let registered = try c.cachedRows("SELECT \(Enterprise.columns) FROM enterprise WHERE id = ?",
                                          [.integer(enterpriseID)]).first.map(Enterprise.init(stored:))
        guard let registered else { throw RegistryError.corrupt(detail: "enterprise \(enterpriseID) is missing") }
        return try known(c, registered, knownAt: nil).profile
    }

    /// The versions recorded by ?1, without those of a batch voided by then, and the founding days
    /// corrected by command by then: oldest first, so the later recorded wins. `oneFirm`: only ?2's.
    static func profileCorrectionsSQL(oneFirm: Bool) -> String {
        """
        SELECT enterprise_id, founded_on, field, contact, phone, recorded_at, 0 AS source, id FROM profile_version p
        WHERE p.recorded_at <= ?1 \(oneFirm ? "AND p.enterprise_id = ?2" : "")
          AND NOT EXISTS (SELECT 1 FROM batch_void b WHERE b.batch_id = p.batch_id AND b.recorded_at <= ?1)
        UNION ALL
        SELECT enterprise_id, founded_on, NULL, NULL, NULL, recorded_at, 1, id FROM correction c
        WHERE c.founded_on IS NOT NULL AND c.recorded_at <= ?1 \(oneFirm ? "AND c.enterprise_id = ?2" : "")
        ORDER BY 6, 7, 8
        """
    }

    /// Firm id → the fields corrected by `knownAt` (nil where never corrected), for one firm or all.
    static func profileCorrections(_ c: any RegistryConnection, knownAt: Moment?,
                                   firm: Int64? = nil) throws -> [Int64: EnterpriseProfileFields] {
        var corrections: [Int64: EnterpriseProfileFields] = [:]
        let bound = StoredValue.text(knownBound(knownAt))
        try c.forEachCachedRow(profileCorrectionsSQL(oneFirm: firm != nil), firm.map { [bound, .integer($0)] } ?? [bound]) { row in
            let version = EnterpriseProfileFields(founded: row.day(1), field: row.text(2), contact: row.text(3),
                                                  phone: row.text(4))
            corrections[row.id(0), default: EnterpriseProfileFields()] = corrections[row.id(0), default: EnterpriseProfileFields()]
                .corrected(by: version)
        }
        return corrections
    }
}
