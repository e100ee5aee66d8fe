@testable import LadderKit

/// Seven firms with histories small enough to work out every figure by hand; the reports' tests
/// and golden files use it. Days and numbers are in the comments where the figures depend on them.
enum PlanScenario {
    static func build() throws -> StatsFixture {
        let f = try StatsFixture()
        // 1 南昌 青山湖区: certificate 2020-11-20 (ends 2023-11-20); renamed 2022-05-01; re-certified
        //   2023-11-15 (5 days before the old end: inside the 365-day window). Ends 2026-11-15.
        let a = try f.firm(1, "江西赣锋锂业股份有限公司", division: "360111", contact: "李明", phone: "0791-88886666",
                           field: "新材料")
        try f.certify(a, "GR202036000101", issued: "2020-11-20")
        try f.rename(a, to: "赣锋锂业集团股份有限公司", effective: "2022-05-01")
        try f.certify(a, "GR202336000201", issued: "2023-11-15")
        // 2 赣州 章贡区: certificate 2020-12-10 (ends 2023-12-10), never renewed: lapsed.
        let b = try f.firm(2, "ABC Tech (赣州) Co", division: "360702", contact: "Wang", phone: "0797-1234567",
                           field: "电子信息")
        try f.certify(b, "GR202036000102", issued: "2020-12-10")
        // 3 九江 濂溪区: certificate 2021-11-25, revoked from 2023-03-01.
        let c = try f.firm(3, "九江星火科技有限公司", division: "360402", field: "电子信息")
        try f.certify(c, "GR202136000103", issued: "2021-11-25")
        try f.revoke(c, .hnte, effective: "2023-03-01")
        // 4 赣江新区 (新建区): 科小 2021-03-01, certificate 2022-12-01 (640 days later), ends 2025-12-01.
        let d = try f.firm(4, "赣江新区智造有限公司", division: "360112", zone: .ganjiang, field: "先进制造与自动化")
        try f.admit(d, "2021360112A0000001", effective: "2021-03-01")
        try f.certify(d, "GR202236000104", issued: "2022-12-01")
        // 5 上饶 信州区: 科小 2021, 2022 and 2025; never certified.
        let e = try f.firm(5, "上饶小微科技有限公司", division: "361102")
        try f.admit(e, "2021361102A0000002", effective: "2021-04-01")
        try f.admit(e, "2022361102A0000005", effective: "2022-03-01")
        try f.admit(e, "2025361102A0000004", effective: "2025-03-01")
        // 6 萍乡 安源区: 科小 2022-05-10, certificate 2024-11-20 (925 days later).
        let g = try f.firm(6, "Pingxiang Data Ltd", division: "360302")
        try f.admit(g, "2022360302A0000003", effective: "2022-05-10")
        try f.certify(g, "GR202436000105", issued: "2024-11-20")
        // 7 宜春 袁州区: certificate 2023-11-15 (ends 2026-11-15); moved to 新余 渝水区 from 2024-02-15.
        let h = try f.firm(7, "Yichun 宜春 Robotics 有限公司", division: "360902", contact: "张三", phone: "13800000000")
        try f.certify(h, "GR202336000202", issued: "2023-11-15")
        try f.relocate(h, to: "360502", effective: "2024-02-15")
        return f
    }

    /// The moment every report in the goldens is known at: after everything above was recorded.
    static let knownAt = StatsFixture.moment("2026-11-01T00:00")
}
