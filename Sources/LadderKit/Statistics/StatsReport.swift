/// `ladder stats`: how many firms validly hold a tier on a day (or stand at each ladder position),
/// grouped. Every firm is counted once per group.
public struct StatsReport: Sendable {
    public struct Row: Sendable, Equatable {
        /// Region code, division code, field, or tier slug.
        public let code: String
        public let name: String
        public let count: Int
        /// The group's firms by ladder position, when no tier was chosen and the grouping is a
        /// place or field; for `tier` rows, only that tier's position count; else empty.
        public let positions: [Tier: Int]

        public init(code: String, name: String, count: Int, positions: [Tier: Int] = [:]) {
            self.code = code
            self.name = name
            self.count = count
            self.positions = positions
        }
    }

    public let asOf: Day
    public let knownAt: Moment?
    public let policy: Policy
    /// Only firms validly holding this tier are counted; nil: firms holding any tier.
    public let tier: Tier?
    public let grouping: StatsGrouping
    public let rows: [Row]
    /// Firms counted, each once.
    public let total: Int
}

extension StatsReport {
    /// Groups the firms validly holding `holdings`' tiers. `fields` gives each firm's 技术领域 for
    /// the `field` grouping.
    init(asOf: Day, knownAt: Moment?, policy: Policy, tier: Tier?, grouping: StatsGrouping,
         holdings: [Tier: Holdings], fields: [Int64: String] = [:]) {
        self.asOf = asOf
        self.knownAt = knownAt
        self.policy = policy
        self.tier = tier
        self.grouping = grouping
        let needsPositions = tier == nil || grouping == .tier || grouping == .position
        // One tier by place or field: its holdings are the firms (one each), no positions to work out.
        let direct = needsPositions ? nil : holdings[tier!]?.list ?? []
        let firms = direct == nil ? StatsReport.population(holdings: holdings, tier: tier, needsPositions: true) : []
        total = direct?.count ?? firms.count
        switch grouping {
        case .tier:
            let tiers = tier.map { [$0] } ?? Tier.allCases
            rows = tiers.map { t in
                let holders = holdings[t]?.list ?? []
                let atPosition = firms.filter { $0.position == t }.count
                return Row(code: t.rawValue, name: t.chineseName, count: holders.count, positions: [t: atPosition])
            }
        case .position:
            var counts: [Tier: Int] = [:]
            for firm in firms { if let p = firm.position { counts[p, default: 0] += 1 } }
            rows = Tier.allCases.map { Row(code: $0.rawValue, name: $0.chineseName, count: counts[$0] ?? 0) }
        case .city, .county, .field:
            // Tally by place (or field) first: a few hundred keys, then name the groups.
            var byKey: [PlaceKey: [Int]] = [:]
            var byField: [String: [Int]] = [:]
            func tally(_ firm: Int64, _ place: PlaceKey, _ slot: Int) {
                if grouping == .field {
                    byField[fields[firm] ?? "", default: [0, 0, 0, 0, 0]][slot] += 1
                } else {
                    byKey[place, default: [0, 0, 0, 0, 0]][slot] += 1
                }
            }
            for entry in firms { tally(entry.firm, entry.place, entry.position.map(\.rank) ?? 0) }
            for h in direct ?? [] { tally(h.grant.firmID, h.place, 0) }
            var tallies: [String: (name: String, counts: [Int])] = [:]
            for (key, counts) in byKey {
                let (code, name) = StatsReport.group(grouping, location: key.location, field: nil)
                tallies[code, default: (name, [0, 0, 0, 0, 0])].counts = zip(tallies[code]?.counts ?? [0, 0, 0, 0, 0], counts).map(+)
            }
            for (field, counts) in byField {
                let (code, name) = StatsReport.group(.field, location: nil, field: field.isEmpty ? nil : field)
                tallies[code] = (name, counts)
            }
            func row(_ code: String, _ name: String, _ counts: [Int]) -> Row {
                let positions = tier == nil ? Dictionary(uniqueKeysWithValues: Tier.allCases.map { ($0, counts[$0.rank]) }) : [:]
                return Row(code: code, name: name, count: counts.reduce(0, +), positions: positions)
            }
            var ordered: [Row] = []
            if grouping == .city {
                for region in ReportingRegion.reporting {
                    ordered.append(row(region.code, region.name, tallies.removeValue(forKey: region.code)?.counts ?? [0, 0, 0, 0, 0]))
                }
            }
            let rest = tallies.map { row($0.key, $0.value.name, $0.value.counts) }
            ordered += rest.sorted { grouping == .field ? ($0.count, $1.code) > ($1.count, $0.code) : $0.code < $1.code }
            rows = ordered
        }
    }

    /// The firms counted, each once, with its place and (when asked) its ladder position: the
    /// holders of `tier`, or of any tier when nil (then the position is always given).
    static func population(holdings: [Tier: Holdings], tier: Tier?,
                           needsPositions: Bool) -> [(firm: Int64, place: PlaceKey, position: Tier?)] {
        // Firm id → bit per tier held; firm ids are dense row ids.
        var mask: [UInt8] = []
        if needsPositions || tier == nil {
            let maxFirm = holdings.values.lazy.flatMap { $0.list.lazy.map(\.grant.firmID) }.max() ?? 0
            mask = [UInt8](repeating: 0, count: Int(maxFirm) + 1)
            for held in holdings.values {
                let bit = UInt8(1) << UInt8(held.tier.rank)
                for h in held.list { mask[Int(h.grant.firmID)] |= bit }
            }
        }
        let byRank = [Tier?.none] + Tier.allCases.map { Optional($0) }
        func position(of firm: Int64) -> Tier {
            byRank[7 - mask[Int(firm)].leadingZeroBitCount]!  // the highest bit set is the highest tier held
        }
        if let tier {
            return (holdings[tier]?.list ?? []).map { h in
                (h.grant.firmID, h.place, needsPositions ? position(of: h.grant.firmID) : nil)
            }
        }
        var firms: [(firm: Int64, place: PlaceKey, position: Tier?)] = []
        for held in Tier.allCases.compactMap({ holdings[$0] }) {
            for h in held.list where position(of: h.grant.firmID) == held.tier {
                firms.append((h.grant.firmID, h.place, held.tier))
            }
        }
        return firms
    }

    /// The group code and name of a firm at `location` with `field`.
    static func group(_ grouping: StatsGrouping, location: Location?, field: String?) -> (String, String) {
        guard grouping != .field, let location else { return (field ?? "", field ?? "(未填写)") }
        if grouping == .county { return (location.division.code, location.division.name ?? location.division.code) }
        let region = location.reportingRegion
        return (region.code, region.name)
    }
}
