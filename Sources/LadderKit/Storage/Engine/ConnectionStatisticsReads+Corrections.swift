/// Corrections through the seam: the same statements as `Registry.corrections`,
/// `placeCorrectionMoves` and `profileCorrections`, read from `StoredRow`s.
extension ConnectionStatisticsReads {
    func corrections(knownAt: Moment?) throws -> Corrections {
        var voids: [Int64] = []
        var revocations: [(id: Int64, target: Int64, effective: Day)] = []
        var relocations: [Corrections.Move] = []
        try connection.forEachRow("""
            SELECT kind, id, target_id, effective_on, enterprise_id, division, zone, recorded_at FROM event
            WHERE (kind = 'revoke' OR kind = 'void' OR kind = 'relocate') AND recorded_at <= ?
            ORDER BY id
            """, [.text(Registry.knownBound(knownAt))]) { row in
            let id = row.int64(1) ?? 0
            switch row.text(0) {
            case "void": voids.append(row.int64(2) ?? 0)
            case "revoke":
                guard let day = row.day(3), let target = row.int64(2) else { throw Registry.unreadable(id) }
                revocations.append((id, target, day))
            default:  // relocate
                guard let day = row.day(3), let firm = row.int64(4), let place = Self.place(row, division: 5, zone: 6),
                      let recorded = row.text(7).flatMap({ Moment(parsing: $0, defaultOffsetSeconds: 0) }) else {
                    throw Registry.unreadable(id)
                }
                relocations.append(Corrections.Move(firm: firm, eventID: id, effective: day, place: place,
                                                    recorded: recorded.microseconds))
            }
        }
        relocations += try placeCorrectionMoves(knownAt: knownAt)
        return Corrections(voidTargets: voids, revocations: revocations, relocations: relocations)
    }

    /// Place corrections as moves from the start, their ids negated (as `Registry.placeCorrectionMoves`).
    private func placeCorrectionMoves(knownAt: Moment?) throws -> [Corrections.Move] {
        var moves: [Corrections.Move] = []
        try connection.forEachRow("""
            SELECT id, enterprise_id, effective_on, division, zone, recorded_at FROM correction
            WHERE division IS NOT NULL AND recorded_at <= ?
            ORDER BY id
            """, [.text(Registry.knownBound(knownAt))]) { row in
            let id = row.int64(0) ?? 0
            guard let firm = row.int64(1), let division = row.text(3).flatMap({ Int($0) }),
                  let recorded = row.text(5).flatMap({ Moment(parsing: $0, defaultOffsetSeconds: 0) }) else {
                throw Registry.unreadable(-id)
            }
            let effective = try row.text(2).map { text in
                guard let day = Day(iso: text) else { throw Registry.unreadable(-id) }
                return day
            } ?? .beforeAll
            moves.append(Corrections.Move(firm: firm, eventID: -id, effective: effective,
                                          place: PlaceKey(divisionDigits: division, zone: row.isNull(4) ? nil : .ganjiang),
                                          recorded: recorded.microseconds))
        }
        return moves
    }

    /// Firm id → the profile fields corrected by `knownAt` (as `Registry.profileCorrections` for every firm).
    func profileCorrections(knownAt: Moment?) throws -> [Int64: EnterpriseProfileFields] {
        var corrections: [Int64: EnterpriseProfileFields] = [:]
        try connection.forEachRow(Registry.profileCorrectionsSQL(oneFirm: false), [.text(Registry.knownBound(knownAt))]) { row in
            guard let firm = row.int64(0) else { return }
            let version = EnterpriseProfileFields(founded: row.day(1), field: row.text(2), contact: row.text(3),
                                                  phone: row.text(4))
            corrections[firm, default: EnterpriseProfileFields()] = corrections[firm, default: EnterpriseProfileFields()]
                .corrected(by: version)
        }
        return corrections
    }

    /// The place in a (division code, zone) column pair: six digits, as `SQLiteStatement.place`.
    static func place(_ row: StoredRow, division: Int, zone: Int) -> PlaceKey? {
        guard let code = row.text(division), code.utf8.count == 6, code.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let digits = Int(code) else { return nil }
        return PlaceKey(divisionDigits: digits, zone: row.isNull(zone) ? nil : .ganjiang)
    }
}
