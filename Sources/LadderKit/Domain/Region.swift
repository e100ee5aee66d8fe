/// A region a bureau asks about, and where a plan target applies: the whole province, a 设区市,
/// 赣江新区, or one 县区. Stored in `target.region` as '' (province), a six-digit code, or 'ganjiang'.
///
/// The regions nest the way `stats --by city` counts: the 12 reporting regions (11 cities and
/// 赣江新区) and 省本级 make up the province, and each city's counties make up the city. A firm
/// placed in 赣江新区 counts there only — not in 南昌 or 九江, nor in the county (新建区, 永修县 …)
/// its division code names — so a city's figures equal that city's row in the province's.
public enum Region: Hashable, Comparable, Sendable, CustomStringConvertible {
    case province
    case city(RegionCode)
    case zone(Zone)
    case county(RegionCode)

    /// A Jiangxi division code: 360000 is the province, `36xx00` a city, anything else a county.
    public init(code: RegionCode) throws(StatisticsError) {
        // Only divisions that exist: a target for a mistyped code would stay at 0 for ever.
        guard code.province == "36", code.name != nil else { throw .targetOutsideJiangxi(region: code.code) }
        if code.code == "360000" {
            self = .province
        } else if code.isCityOrAbove {
            self = .city(code)
        } else {
            self = .county(code)
        }
    }

    /// Reads the stored form; nil for text the schema would not hold.
    public init?(stored: String) {
        if stored.isEmpty { self = .province; return }
        if let zone = Zone(rawValue: stored) { self = .zone(zone); return }
        guard let code = try? RegionCode(stored), let region = try? Region(code: code) else { return nil }
        self = region
    }

    public var stored: String {
        switch self {
        case .province: return ""
        case let .city(code), let .county(code): return code.code
        case let .zone(zone): return zone.rawValue
        }
    }

    /// `360000`, `360100`, `ganjiang`, `360111`: the code printed in reports.
    public var code: String { self == .province ? "360000" : stored }

    public var name: String {
        switch self {
        case .province: return "江西省"
        case let .city(code), let .county(code): return code.name ?? code.code
        case let .zone(zone): return zone.name
        }
    }

    public var description: String { name }

    /// Whether a firm at `location` counts here. The province counts every firm in Jiangxi (省本级
    /// included, firms moved out excluded); a city counts its reporting region, so a firm placed in
    /// 赣江新区 counts there and not in 南昌 or 九江; a county counts the firms with its division
    /// code that are not placed in 赣江新区.
    public func contains(_ location: Location) -> Bool { contains(PlaceKey(location)) }

    /// `contains` on the packed place statistics carry: integer arithmetic only, since a count of
    /// the province checks it once per valid qualification.
    func contains(_ place: PlaceKey) -> Bool {
        let digits = place.raw / 4, zoned = place.raw % 4 == 1
        switch self {
        case .province: return zoned || digits / 10_000 == 36
        case let .city(code): return !zoned && digits / 100 == (Int(code.code) ?? 0) / 100
        case let .zone(zone): return zoned && zone == .ganjiang
        case let .county(code): return !zoned && digits == Int(code.code)
        }
    }

    /// `contains` as an SQL condition on integer `division` and text `zone` columns, for `--print-sql`.
    var sqlCondition: String {
        switch self {
        case .province: return "(zone IS NOT NULL OR division / 10000 = 36)"
        case let .city(code): return "(zone IS NULL AND division / 100 = \((Int(code.code) ?? 0) / 100))"
        case let .zone(zone): return "zone = '\(zone.rawValue)'"
        case let .county(code): return "(zone IS NULL AND division = \(Int(code.code) ?? 0))"
        }
    }

    /// Whether `other` lies within this region (a region lies within itself): the province holds
    /// every region, a city its counties.
    public func includes(_ other: Region) -> Bool {
        switch (self, other) {
        case (.province, _): return true
        case let (.city(city), .county(county)): return county.city == city
        default: return self == other
        }
    }

    /// The divisions a city's figures are broken down into, in code order: its counties in the
    /// catalogue (including codes since merged, such as 湾里区), listed even when a count is zero.
    /// Empty for other regions.
    public var catalogueCounties: [RegionCode] {
        guard case let .city(city) = self else { return [] }
        return RegionCatalog.names.keys.filter { $0 != city.code && $0.hasPrefix(city.code.prefix(4)) }.sorted()
            .map(RegionCode.init(trusted:))
    }

    /// Grouping by city splits the province; within a smaller region it would give one row.
    public static func checkByCity(_ byCity: Bool, within region: Region?) throws(StatisticsError) {
        if byCity, let region, region != .province { throw .byCityWithinRegion(region: region.name) }
    }

    /// ` in 赣州市` / `（赣州市）`: what a report's title adds for a region (nothing without one).
    static func inTitle(_ region: Region?) -> String { region.map { StatsText.inRegion.text(["region": $0.name]) } ?? "" }

    private var sortKey: String {
        switch self {
        case .province: return "0"
        case let .city(code): return "1" + code.code
        case let .zone(zone): return "2" + zone.rawValue
        case let .county(code): return "3" + code.code
        }
    }

    public static func < (lhs: Region, rhs: Region) -> Bool { lhs.sortKey < rhs.sortKey }
}

/// The name targets were first introduced under; a target's region is a `Region`.
public typealias TargetRegion = Region
