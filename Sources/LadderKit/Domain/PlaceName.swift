/// A Jiangxi place as people write it in a 地区 or 县区 column: the full name (南昌市, 南昌县),
/// the name without its suffix (南昌, 章贡), a former name (赣县, 上饶县), a development zone
/// (赣州经开区) or a whole address (江西省南昌市东湖区二七北路252号). The most specific division
/// named wins; a city never reads as its same-named county: the two names shared by a city and
/// a county without their suffixes, 南昌 and 吉安, are the cities.
public struct PlaceName: Equatable, Sendable {
    public let code: RegionCode
    /// True when only a city (or the province, or a zone placed at its city) was named.
    public let cityOnly: Bool

    public init(code: RegionCode, cityOnly: Bool) {
        self.code = code
        self.cityOnly = cityOnly
    }

    /// Nil when the text names no Jiangxi place this catalogue knows.
    public static func read(_ raw: String) -> PlaceName? {
        // Most cells are a name as it stands (南昌市, 南昌): found without normalising.
        if let token = PlaceName.packedToken(raw) ?? PlaceName.tokens[raw] { return token.kind == .zoneWord ? nil : token.reading }
        let normalized = PlaceName.normalized(raw)
        guard !normalized.isEmpty else { return nil }
        if let token = PlaceName.tokens[normalized] { return token.kind == .zoneWord ? nil : token.reading }
        return PlaceName.readAddress(Array(normalized.unicodeScalars))
    }

    /// True for a zone word with no place (高新区, 经开区): placed by the city column beside it.
    public static func isZoneWord(_ raw: String) -> Bool {
        RegionCatalog.zoneWords.contains(PlaceName.normalized(raw))
    }

    /// Full-width letters, digits and spaces folded as in any cell (`CellText`), spaces dropped.
    static func normalized(_ raw: String) -> String {
        var scalars = CellText.normalize(raw).unicodeScalars
        scalars.removeAll { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
        return String(scalars)
    }

    /// Reads the text as an address: province, city, county, each optional, in that order and
    /// each lying in the one before; a zone word after a city or county adds nothing. Reading
    /// stops at the first county or zone, so street names after it (井冈山大道) are never read.
    private static func readAddress(_ text: [Unicode.Scalar]) -> PlaceName? {
        var i = 0
        if text.starts(with: "中国".unicodeScalars) { i = 2 }
        var province = false
        var city: Token?
        var county: Token?
        while i < text.count {
            while i < text.count, PlaceName.separators.contains(text[i]) { i += 1 }
            guard i < text.count, let (token, length) = PlaceName.longestToken(in: text, at: i) else { break }
            let following = i + length < text.count ? text[i + length] : nil
            let atBoundary = following == nil || PlaceName.separators.contains(following!)
                || PlaceName.startsZoneWord(text, at: i + length)
            switch token.kind {
            case .province:
                guard !province, city == nil, county == nil else { return finish(city: city, county: county) }
                province = true
            case .city:
                guard city == nil, county == nil else { return finish(city: city, county: county) }
                // A city without its 市 is read at the start of an address (南昌东湖区) too.
                city = token
            case .shortCounty where !atBoundary:
                return finish(city: city, county: county)
            case .county, .shortCounty:
                if let city, city.code.prefix(4) != token.code.prefix(4) { return finish(city: city, county: nil) }
                county = token
                return finish(city: city, county: county)
            case .zone:
                guard county == nil else { return finish(city: city, county: county) }
                return token.reading
            case .zoneWord:
                return finish(city: city, county: county)
            }
            i += length
        }
        return finish(city: city, county: county)
    }

    private static func finish(city: Token?, county: Token?) -> PlaceName? {
        (county ?? city)?.reading
    }

    private static func startsZoneWord(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        guard index < text.count else { return false }
        return RegionCatalog.zoneWords.contains { text[index...].starts(with: $0.unicodeScalars) }
    }

    /// The longest name at `index`: only the lengths of names starting with that character are tried.
    private static func longestToken(in text: [Unicode.Scalar], at index: Int) -> (Token, Int)? {
        guard let lengths = PlaceName.lengthsByFirst[text[index]] else { return nil }
        for length in lengths where index + length <= text.count {
            let name = String(String.UnicodeScalarView(text[index..<index + length]))
            if let token = PlaceName.tokens[name] { return (token, length) }
        }
        return nil
    }

    struct Token: Equatable {
        enum Kind { case province, city, county, shortCounty, zone, zoneWord }
        let code: String
        let kind: Kind

        var reading: PlaceName {
            let code = RegionCode(trusted: code)
            return PlaceName(code: code, cityOnly: kind == .province || kind == .city || kind == .zone)
        }
    }

    static let separators: Set<Unicode.Scalar> = ["-", "—", "－", "/", "／", "、", "|", "·", ",", "，", "(", ")", "（", "）"]

    /// Every name read, → its division. Built once from the catalogue.
    static let tokens: [String: Token] = {
        var map: [String: Token] = ["江西省": Token(code: RegionCatalog.province, kind: .province),
                                    "江西": Token(code: RegionCatalog.province, kind: .province)]
        var short: [String: [Token]] = [:]
        for (code, name) in RegionCatalog.names where code != RegionCatalog.province {
            let isCity = code.hasSuffix("00")
            map[name] = Token(code: code, kind: isCity ? .city : .county)
            if name.count > 2, let last = name.last, "市区县".contains(last) {
                short[String(name.dropLast()), default: []].append(Token(code: code, kind: isCity ? .city : .shortCounty))
            }
        }
        // A name shared by a city and a county without their suffixes is the city's: people
        // write 南昌 for 南昌市, and 南昌县 in full.
        for (name, candidates) in short where map[name] == nil {
            let cities = candidates.filter { $0.kind == .city }
            if let only = cities.count == 1 ? cities[0] : (candidates.count == 1 ? candidates[0] : nil) {
                map[name] = only
            }
        }
        for (name, code) in RegionCatalog.formerNames { map[name] = Token(code: code, kind: .county) }
        for (name, code) in RegionCatalog.zoneNames { map[name] = Token(code: code, kind: .zone) }
        for word in RegionCatalog.zoneWords { map[word] = Token(code: "", kind: .zoneWord) }
        return map
    }()

    /// First character of a name → the lengths of the names it starts, longest first.
    static let lengthsByFirst: [Unicode.Scalar: [Int]] = {
        var map: [Unicode.Scalar: Set<Int>] = [:]
        for name in tokens.keys {
            if let first = name.unicodeScalars.first { map[first, default: []].insert(name.unicodeScalars.count) }
        }
        return map.mapValues { $0.sorted(by: >) }
    }()
}
