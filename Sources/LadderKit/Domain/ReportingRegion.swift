/// The regions a provincial report groups by: the 11 设区市 of Jiangxi, 赣江新区 as a 12th,
/// firms registered at province level, and firms outside Jiangxi.
public enum ReportingRegion: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// A city by its `36xx00` code.
    case city(RegionCode)
    case zone(Zone)
    /// Registered at province level (`360000`) or an unknown Jiangxi city code.
    case province
    /// Another province, by its two-digit prefix.
    case elsewhere(String)

    public init(division: RegionCode, zone: Zone?) {
        if let zone { self = .zone(zone); return }
        guard division.province == "36" else { self = .elsewhere(division.province); return }
        let city = division.city
        self = (city.code != RegionCatalog.province && city.name != nil) ? .city(city) : .province
    }

    /// Stable key used in CSV/JSON output: `360100`, `ganjiang`, `360000`, `440000`.
    public var code: String {
        switch self {
        case let .city(code): return code.code
        case let .zone(zone): return zone.rawValue
        case .province: return RegionCatalog.province
        case let .elsewhere(prefix): return prefix + "0000"
        }
    }

    public var name: String {
        switch self {
        case let .city(code): return code.name ?? code.code
        case let .zone(zone): return zone.name
        case .province: return "省本级"
        case .elsewhere: return "省外"
        }
    }

    public var description: String { name }

    /// The 12 regions every city report lists, in the official order, even when a count is zero.
    public static let reporting: [ReportingRegion] =
        (1...11).map { .city(RegionCode(trusted: String(format2: 36, $0))) } + [.zone(.ganjiang)]

    /// Orders regions as `<` does: the official order of the cities, the zone, the province, elsewhere.
    var sortKey: String {
        switch self {
        case let .city(code): return "0" + code.code
        case let .zone(zone): return "1" + zone.rawValue
        case .province: return "2"
        case let .elsewhere(prefix): return "3" + prefix
        }
    }

    public static func < (lhs: ReportingRegion, rhs: ReportingRegion) -> Bool { lhs.sortKey < rhs.sortKey }
}

private extension String {
    /// `36` and `7` → `360700`.
    init(format2 province: Int, _ city: Int) {
        self = String(province) + (city < 10 ? "0" : "") + String(city) + "00"
    }
}
