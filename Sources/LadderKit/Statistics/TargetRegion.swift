/// Where a plan target applies: the whole province, a 设区市, 赣江新区, or one 县区. Stored in
/// `target.region` as '' (province), a six-digit code, or 'ganjiang'.
public enum TargetRegion: Hashable, Comparable, Sendable, CustomStringConvertible {
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
        guard let code = try? RegionCode(stored), let region = try? TargetRegion(code: code) else { return nil }
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

    /// Whether a firm at `location` counts toward a target here. The province counts every firm
    /// in Jiangxi (省本级 included, firms moved out excluded); a city counts its reporting region,
    /// so a firm placed in 赣江新区 counts there and not in 南昌 or 九江.
    public func contains(_ location: Location) -> Bool {
        switch self {
        case .province:
            if case .elsewhere = location.reportingRegion { return false }
            return true
        case let .city(code): return location.reportingRegion == .city(code)
        case let .zone(zone): return location.zone == zone
        case let .county(code): return location.division == code
        }
    }

    private var sortKey: String {
        switch self {
        case .province: return "0"
        case let .city(code): return "1" + code.code
        case let .zone(zone): return "2" + zone.rawValue
        case let .county(code): return "3" + code.code
        }
    }

    public static func < (lhs: TargetRegion, rhs: TargetRegion) -> Bool { lhs.sortKey < rhs.sortKey }
}
