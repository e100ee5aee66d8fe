@testable import LadderKit

/// Seven firms across 赣州, 南昌, 赣江新区 and 吉安, one of them moving from 吉安 to 赣州, for the
/// tests that a region's figures equal its row in the province's. Each figure the tests expect is
/// worked out in the comments (高企 terms end on the issue day three years on, Civil Code counting).
enum RegionScenario {
    static func build() throws -> StatsFixture {
        let f = try StatsFixture()
        // 1 赣州 章贡区: 高企 2023-11-15, valid through 2026-11-15.
        let a = try f.firm(1, "赣州章贡科技有限公司", division: "360702")
        try f.certify(a, "GR202336000001", issued: "2023-11-15")
        // 2 赣州 南康区: 科小 2023-04-01, 高企 2024-03-01 (335 days later), valid through 2027-03-01.
        let b = try f.firm(2, "南康家居科技有限公司", division: "360703")
        try f.admit(b, "2023360703A0000001", effective: "2023-04-01")
        try f.certify(b, "GR202436000002", issued: "2024-03-01")
        // 3 南昌 新建区, not in 赣江新区: 高企 2022-12-01, valid through 2025-12-01.
        let c = try f.firm(3, "新建区本地科技有限公司", division: "360112")
        try f.certify(c, "GR202236000003", issued: "2022-12-01")
        // 4 赣江新区, division 新建区: 科小 2021-03-01, 高企 2022-12-01 (640 days later), through 2025-12-01.
        let d = try f.firm(4, "赣江新区智造有限公司", division: "360112", zone: .ganjiang)
        try f.admit(d, "2021360112A0000002", effective: "2021-03-01")
        try f.certify(d, "GR202236000004", issued: "2022-12-01")
        // 5 吉安 吉州区: 高企 2023-06-01, through 2026-06-01; moved to 赣州 章贡区 from 2025-01-01.
        let e = try f.firm(5, "吉州电子有限公司", division: "360802")
        try f.certify(e, "GR202336000005", issued: "2023-06-01")
        try f.relocate(e, to: "360702", effective: "2025-01-01")
        // 6 赣州, registered with the city's own bureau (360700): 科小 2024-05-01, never certified.
        let g = try f.firm(6, "赣州市本级科技有限公司", division: "360700")
        try f.admit(g, "2024360700A0000003", effective: "2024-05-01")
        // 7 赣州 于都县: 高企 2021-12-01, through 2024-12-01, never renewed (window closes 2025-12-01).
        let h = try f.firm(7, "于都制造有限公司", division: "360731")
        try f.certify(h, "GR202136000007", issued: "2021-12-01")
        return f
    }

    static let knownAt = StatsFixture.moment("2026-11-01T00:00")
    static let ganzhou = Region.city(RegionCode(trusted: "360700"))
    static let zhanggong = Region.county(RegionCode(trusted: "360702"))
    static let nanchang = Region.city(RegionCode(trusted: "360100"))
    static let xinjian = Region.county(RegionCode(trusted: "360112"))
    static let jian = Region.city(RegionCode(trusted: "360800"))
    static let ganjiang = Region.zone(.ganjiang)
    /// The regions every equality test runs over: cities, counties, 赣江新区 and the province.
    static let regions: [Region] = [ganzhou, zhanggong, nanchang, xinjian, jian, ganjiang, .province]
}
