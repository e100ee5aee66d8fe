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
    /// Only firms in this region on the day were counted; nil: every firm in the registry.
    public let region: Region?
    public let rows: [Row]
    /// Firms counted, each once.
    public let total: Int
}

extension StatsReport {
    /// Groups the firms validly holding `holdings`' tiers. `fields` gives each firm's 技术领域 for
    /// the `field` grouping.
    init(asOf: Day, knownAt: Moment?, policy: Policy, tier: Tier?, grouping: StatsGrouping, region: Region? = nil,
         holdings: [Tier: Holdings], fields: [Int64: String] = [:]) {
        self.asOf = asOf
        self.knownAt = knownAt
        self.policy = policy
        self.tier = tier
        self.grouping = grouping
        self.region = region
        let firms = FirmVisitor(holdings: holdings, tier: tier,
                                positions: tier == nil || grouping == .tier || grouping == .position)
        var total = 0
        var byPosition: [Tier: Int] = [:]
        var byPlace: [PlaceKey: Tally] = [:]  // a few hundred places, named after counting
        var byField: [String: Tally] = [:]
        firms.forEach { firm, place, position in
            total += 1
            if let position { byPosition[position, default: 0] += 1 }
            switch grouping {
            case .city, .county: byPlace[place, default: Tally()].add(position)
            case .field: byField[fields[firm] ?? "", default: Tally()].add(position)
            case .tier, .position: break
            }
        }
        self.total = total
        switch grouping {
        case .tier:
            rows = (tier.map { [$0] } ?? Tier.allCases).map { t in
                Row(code: t.rawValue, name: t.chineseName, count: holdings[t]?.count ?? 0,
                    positions: [t: byPosition[t] ?? 0])
            }
        case .position:
            rows = Tier.allCases.map { Row(code: $0.rawValue, name: $0.chineseName, count: byPosition[$0] ?? 0) }
        case .city, .county:
            var groups: [String: (name: String, tally: Tally)] = [:]
            for (place, tally) in byPlace {
                let (code, name) = StatsReport.group(grouping, region: region, location: place.location)
                groups[code, default: (name, Tally())].tally.add(tally)
            }
            var ordered: [Row] = []
            if grouping == .city, let region, region != .province {  // a city's counties, listed even when zero
                for county in region.catalogueCounties where groups[county.code] == nil {
                    groups[county.code] = (county.name ?? county.code, Tally())
                }
            } else if grouping == .city {  // the 12 reporting regions always, in the official order
                for region in ReportingRegion.reporting {
                    ordered.append(StatsReport.row(region.code, region.name,
                                                   groups.removeValue(forKey: region.code)?.tally ?? Tally(), tier))
                }
            }
            ordered += groups.sorted { $0.key < $1.key }.map { StatsReport.row($0.key, $0.value.name, $0.value.tally, tier) }
            rows = ordered
        case .field:
            rows = byField.map { field, tally in
                StatsReport.row(field, field.isEmpty ? "(未填写)" : field, tally, tier)
            }.sorted { ($0.count, $1.code) > ($1.count, $0.code) }  // most firms first
        }
    }

    /// The code and name of the group of a firm at `location`: its reporting region, or its county.
    /// By county, 赣江新区's firms make one row of their own (they count in no county, as they
    /// count in no city), except within 赣江新区 itself, where they are split by division.
    /// Within a city, county or 赣江新区, `--by city` splits by county too: the level below.
    static func group(_ grouping: StatsGrouping, region: Region?, location: Location) -> (String, String) {
        if grouping == .county || (region != nil && region != .province) {
            if let zone = location.zone, region != .zone(zone) { return (zone.rawValue, zone.name) }
            return (location.division.code, location.division.name ?? location.division.code)
        }
        let region = location.reportingRegion
        return (region.code, region.name)
    }

    /// What the rows are: `city`, or `county` for `--by city` within a region smaller than the province.
    var groupedBy: String {
        grouping == .city && region != nil && region != .province ? "county" : grouping.rawValue
    }

    static func row(_ code: String, _ name: String, _ tally: Tally, _ tier: Tier?) -> Row {
        Row(code: code, name: name, count: tally.count, positions: tier == nil ? tally.positions : [:])
    }

    /// A group's firms, in total and by ladder position.
    struct Tally {
        var count = 0
        var positions: [Tier: Int] = [:]

        mutating func add(_ position: Tier?) {
            count += 1
            if let position { positions[position, default: 0] += 1 }
        }

        mutating func add(_ other: Tally) {
            count += other.count
            positions.merge(other.positions, uniquingKeysWith: +)
        }
    }
}

/// Visits the firms a count covers, each once, with its place and (when asked) its ladder position:
/// the holders of `tier`, or of any tier when nil (then at the tier of its position). Positions
/// come from a byte per firm id with a bit per tier held; firm ids are dense row ids.
struct FirmVisitor {
    let holdings: [Tier: Holdings]
    let tier: Tier?
    private var mask: [UInt8] = []

    init(holdings: [Tier: Holdings], tier: Tier?, positions: Bool) {
        self.holdings = holdings
        self.tier = tier
        guard positions || tier == nil else { return }
        let maxFirm = holdings.values.lazy.flatMap { $0.list.lazy.map(\.grant.firmID) }.max() ?? 0
        mask = [UInt8](repeating: 0, count: Int(maxFirm) + 1)
        for held in holdings.values {
            let bit = UInt8(1) << UInt8(held.tier.rank)
            for h in held.list { mask[Int(h.grant.firmID)] |= bit }
        }
    }

    private static let byRank = [Tier?.none] + Tier.allCases.map { Optional($0) }

    /// The highest tier the firm holds (the highest bit set), when positions were asked for.
    func position(of firm: Int64) -> Tier? {
        mask.isEmpty ? nil : FirmVisitor.byRank[7 - mask[Int(firm)].leadingZeroBitCount]
    }

    func forEach(_ body: (_ firm: Int64, _ place: PlaceKey, _ position: Tier?) -> Void) {
        if let tier {
            for h in holdings[tier]?.list ?? [] { body(h.grant.firmID, h.place, position(of: h.grant.firmID)) }
            return
        }
        for (t, held) in holdings {
            for h in held.list where position(of: h.grant.firmID) == t { body(h.grant.firmID, h.place, t) }
        }
    }
}
