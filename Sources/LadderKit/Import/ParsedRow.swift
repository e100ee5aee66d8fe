/// One row's values after normalisation and validation, before it meets the registry.
struct ParsedRow {
    /// The place a row gives: a division code, and whether only the city was known.
    struct Place: Equatable {
        let division: RegionCode
        let zone: Zone?
        /// True when the row named only a city: a firm already in a county of that city stays there.
        let cityOnly: Bool
        /// The column the place was read from, for messages about it.
        var field: ImportField = .division
    }

    var code: CreditCode?
    var name: String?
    /// For rename lists: the name before.
    var formerName: String?
    var place: Place?
    var profile = EnterpriseProfileFields()
    var tsme: (number: TsmeNumber, admitted: Day)?
    var certificate: (number: CertificateNumber, issued: Day)?
    var selection: (category: ListCategory, year: Int, effective: Day)?
    /// `fromYear`: the day is 1 January of a 取消年度, so a qualification that started later in
    /// that year is cancelled from its start.
    var revocation: (tier: Tier, number: String?, effective: Day, fromYear: Bool, ground: RevocationGround,
                     reason: String)?
    /// Day renames and relocations found in this row take effect.
    var changeDay: Day
    var facts: (year: Int, values: [(key: String, value: FactValue)])?
    var document: String?
    var note: String?

    init(changeDay: Day) { self.changeDay = changeDay }

    /// A fingerprint of everything the row says about the firm itself (identity, place, profile,
    /// qualifications), leaving out the year's facts: the rows of one firm in a file with a 年度
    /// column must agree on it.
    var firmDigest: UInt64 {
        var hasher = FNV1a()
        hasher.add(code?.text); hasher.add(name); hasher.add(formerName); hasher.add(changeDay)
        hasher.add(place?.division.code); hasher.add(place?.zone?.rawValue)
        hasher.add(profile.founded); hasher.add(profile.field); hasher.add(profile.contact); hasher.add(profile.phone)
        hasher.add(tsme?.number.text); hasher.add(tsme?.admitted)
        hasher.add(certificate?.number.text); hasher.add(certificate?.issued)
        hasher.add(selection.map { "\($0.category.rawValue) \($0.year) \($0.effective.iso)" })
        hasher.add(revocation.map { "\($0.tier.rawValue) \($0.number ?? "") \($0.effective.iso) \($0.ground.rawValue)" })
        return hasher.value
    }

    /// A fingerprint of the year's facts: one firm and year given twice must give the same facts.
    var factsDigest: UInt64 {
        var hasher = FNV1a()
        if let facts {
            hasher.add(facts.year)
            for (key, value) in facts.values { hasher.add(key); value.add(to: &hasher) }
        }
        return hasher.value
    }
}
