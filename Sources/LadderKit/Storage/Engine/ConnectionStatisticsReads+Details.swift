/// A listing's firm details through the seam: the same statements as `Registry.details`.
extension ConnectionStatisticsReads {
    func details(grants: [GrantRecord], on day: Day, knownAt: Moment?, corrections: Corrections) throws
        -> [Int64: FirmDetails] {
        var names: [Int64: (effective: Day, id: Int64, name: String)] = [:]
        let firms = Set(grants.map(\.firmID)).sorted()
        try connection.forEachRow("""
            SELECT r.id, r.enterprise_id, r.effective_on, r.name FROM event r
            WHERE r.enterprise_id IN \(connection.dialect.ids()) AND r.kind = 'rename'
              AND r.recorded_at <= ? AND r.effective_on <= ?
            """, [.text(Registry.jsonArray(firms)), .text(Registry.knownBound(knownAt)), .text(day.iso)]) { row in
            guard let id = row.int64(0), let firm = row.int64(1), let name = row.text(3),
                  !corrections.isVoided(id), let effective = row.day(2) else { return }
            if let held = names[firm], (held.effective, held.id) > (effective, id) { return }
            names[firm] = (effective, id, name)
        }
        let profiles = try profileCorrections(knownAt: knownAt)
        var details: [Int64: FirmDetails] = [:]
        try connection.forEachRow("""
            SELECT g.id, g.enterprise_id, g.number, g.year, g.category, e.credit_code, e.name, e.contact, e.phone
            FROM event g JOIN enterprise e ON e.id = g.enterprise_id WHERE g.id IN \(connection.dialect.ids())
            """, [.text(Registry.jsonArray(grants.map(\.grantID).sorted()))]) { row in
            guard let grant = row.int64(0), let firm = row.int64(1), let code = row.text(5), let name = row.text(6) else {
                throw Registry.unreadable(row.int64(0) ?? 0)
            }
            let number = row.text(2) ?? "\(row.int64(3) ?? 0) \(row.text(4) ?? "")"
            details[grant] = FirmDetails(creditCode: code, name: names[firm]?.name ?? name,
                                         contact: profiles[firm]?.contact ?? row.text(7),
                                         phone: profiles[firm]?.phone ?? row.text(8), number: number)
        }
        return details
    }
}
