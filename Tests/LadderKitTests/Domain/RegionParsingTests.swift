import Testing
@testable import LadderKit

/// Every spelling of a region staff type after `--region`, and the refusal of one the tool does not know.
@Suite struct RegionParsingTests {
    struct Spelling: CustomTestStringConvertible, Sendable {
        let text: String
        let region: Region
        var testDescription: String { text }
    }

    static let ganzhou = Region.city(RegionCode(trusted: "360700"))
    static let zhanggong = Region.county(RegionCode(trusted: "360702"))

    @Test(arguments: [
        Spelling(text: "3607", region: ganzhou),
        Spelling(text: "360700", region: ganzhou),
        Spelling(text: "赣州", region: ganzhou),
        Spelling(text: "赣州市", region: ganzhou),
        Spelling(text: " 赣州市\u{3000}", region: ganzhou),
        Spelling(text: "３６０７", region: ganzhou),
        Spelling(text: "360702", region: zhanggong),
        Spelling(text: "章贡区", region: zhanggong),
        Spelling(text: "章贡", region: zhanggong),
        Spelling(text: "ganjiang", region: .zone(.ganjiang)),
        Spelling(text: "GanJiang", region: .zone(.ganjiang)),
        Spelling(text: "赣江新区", region: .zone(.ganjiang)),
        Spelling(text: "360000", region: .province),
        Spelling(text: "3600", region: .province),
        Spelling(text: "江西省", region: .province),
        Spelling(text: "江西", region: .province),
        // 吉安 names both 吉安市 and 吉安县: asked for figures, it means the city.
        Spelling(text: "吉安", region: .city(RegionCode(trusted: "360800"))),
        Spelling(text: "吉安县", region: .county(RegionCode(trusted: "360821"))),
        Spelling(text: "3611", region: .city(RegionCode(trusted: "361100"))),
        Spelling(text: "湾里区", region: .county(RegionCode(trusted: "360105"))),
    ])
    func spellingNamesTheRegion(_ c: Spelling) throws {
        #expect(try Region(parsing: c.text) == c.region)
    }

    @Test(arguments: ["440300", "深圳", "3612", "360199", "36070", "ganzhou", ""])
    func unknownRegionIsRefusedNamingTheAcceptedForms(_ text: String) {
        #expect(throws: RegionError.unknown(value: text)) { try Region(parsing: text) }
        #expect(RegionError.unknown(value: text).description == "'\(text)' is not a Jiangxi region this tool knows; "
            + "give a 设区市 (3607, 360700, 赣州 or 赣州市), a 县区 (360702, 章贡区 or 章贡), ganjiang (赣江新区), "
            + "or the province (360000, 江西省)")
    }

    struct Nesting: CustomTestStringConvertible, Sendable {
        let outer: Region, inner: Region, includes: Bool
        var testDescription: String { "\(outer.code) ⊇ \(inner.code): \(includes)" }
    }

    @Test(arguments: [
        Nesting(outer: .province, inner: zhanggong, includes: true),
        Nesting(outer: .province, inner: .zone(.ganjiang), includes: true),
        Nesting(outer: ganzhou, inner: zhanggong, includes: true),
        Nesting(outer: ganzhou, inner: ganzhou, includes: true),
        Nesting(outer: ganzhou, inner: .county(RegionCode(trusted: "360112")), includes: false),
        Nesting(outer: .city(RegionCode(trusted: "360100")), inner: .zone(.ganjiang), includes: false),
        Nesting(outer: zhanggong, inner: ganzhou, includes: false),
        Nesting(outer: .zone(.ganjiang), inner: .province, includes: false),
    ])
    func regionsNestAsTheProvinceCounts(_ c: Nesting) {
        #expect(c.outer.includes(c.inner) == c.includes)
    }

    struct Placement: CustomTestStringConvertible, Sendable {
        let division: String, zone: Zone?, regions: [Region]
        var testDescription: String { division + (zone.map { " (\($0.rawValue))" } ?? "") }
    }

    /// Which of 江西省, 南昌市, 新建区, 赣江新区, 赣州市 and 章贡区 count a firm at each place.
    @Test(arguments: [
        Placement(division: "360112", zone: nil, regions: [.province, .city(RegionCode(trusted: "360100")),
                                                           .county(RegionCode(trusted: "360112"))]),
        // A 赣江新区 firm in 新建区 counts in 赣江新区 only: not in 南昌市, nor in 新建区.
        Placement(division: "360112", zone: .ganjiang, regions: [.province, .zone(.ganjiang)]),
        Placement(division: "360702", zone: nil, regions: [.province, ganzhou, zhanggong]),
        // Registered with the city's own bureau (市本级): in the city, in none of its counties.
        Placement(division: "360700", zone: nil, regions: [.province, ganzhou]),
        Placement(division: "360000", zone: nil, regions: [.province]),
        Placement(division: "440300", zone: nil, regions: []),
    ])
    func aPlaceCountsInTheRegionsHoldingIt(_ c: Placement) {
        let all: [Region] = [.province, .city(RegionCode(trusted: "360100")), .county(RegionCode(trusted: "360112")),
                             .zone(.ganjiang), Self.ganzhou, Self.zhanggong]
        let location = Location(division: RegionCode(trusted: c.division), zone: c.zone)
        #expect(all.filter { $0.contains(location) } == c.regions)
    }
}
