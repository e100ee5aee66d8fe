@testable import LadderKit

/// Made-up but realistic figures for a provincial report, used to render `docs/report.png`.
/// Firms, codes and phone numbers are fictional.
extension ReportContent {
    static var sample: ReportContent {
        let day = { (y: Int, m: Int, d: Int) in Day(year: y, month: m, day: d)! }
        return ReportContent(
            title: "江西省科技企业梯次培育报告",
            asOf: day(2025, 6, 30),
            knownAt: Moment(parsing: "2025-06-30T23:59:59+08:00", defaultOffsetSeconds: 0),
            policyLabel: "jiangxi-2023 v1",
            generatedAt: Moment(parsing: "2025-07-01T10:15:00+08:00", defaultOffsetSeconds: 0)!,
            headline: [
                HeadlineFigure(label: "有效期内高新技术企业", tier: .hnte, value: 8326, target: 10000, due: day(2025, 12, 31),
                               valueOneYearEarlier: 7890, projected: 9120, onTrack: false),
                HeadlineFigure(label: "入国家库科技型中小企业", tier: .tsme, value: 15214, target: 17000, due: day(2025, 12, 31),
                               valueOneYearEarlier: 10300, projected: 17480, onTrack: true),
                HeadlineFigure(label: "高成长性科技型企业", tier: .growth, value: 642, target: 800, due: day(2025, 12, 31),
                               valueOneYearEarlier: 512, projected: 760, onTrack: false),
                HeadlineFigure(label: "科技领军企业培育库", tier: .leader, value: 38, target: 50, due: day(2025, 12, 31),
                               valueOneYearEarlier: 31, projected: 45, onTrack: false),
            ],
            validByCity: [
                ("360100", "南昌市", 2841), ("360200", "景德镇市", 265), ("360300", "萍乡市", 312),
                ("360400", "九江市", 812), ("360500", "新余市", 232), ("360600", "鹰潭市", 204),
                ("360700", "赣州市", 1126), ("360800", "吉安市", 645), ("360900", "宜春市", 686),
                ("361000", "抚州市", 398), ("361100", "上饶市", 705), ("ganjiang", "赣江新区", 100),
            ].map { RegionCount(code: $0.0, name: $0.1, count: $0.2) },
            monthlyTrend: [
                series("科技型中小企业", .tsme, [9800, 10400, 11900, 12600, 13500, 13900, 0, 0, 4200, 6800, 9100, 10300,
                                            11400, 12100, 13100, 13700, 14300, 14500, 0, 0, 5100, 8200, 12600, 15214]),
                series("高新技术企业", .hnte, [6950, 6932, 6910, 6894, 7420, 7980, 7962, 7955, 7940, 7921, 7905, 7890,
                                          7874, 7860, 7841, 7825, 8290, 8460, 8452, 8440, 8421, 8398, 8360, 8326]),
                series("高成长性科技型企业", .growth, [455, 455, 512, 512, 512, 512, 512, 512, 512, 512, 512, 512,
                                                 512, 512, 642, 642, 642, 642, 642, 642, 642, 642, 642, 642]),
                series("科技领军企业", .leader, [24, 24, 24, 24, 24, 31, 31, 31, 31, 31, 31, 31,
                                           31, 31, 31, 31, 31, 38, 38, 38, 38, 38, 38, 38]),
            ],
            cohorts: [
                CohortRow(issueYear: 2018, issued: 860, stillValid: 0, revoked: 22, recertified: 402, lapsed: 436,
                          retentionBasisPoints: 4674),
                CohortRow(issueYear: 2019, issued: 1120, stillValid: 0, revoked: 18, recertified: 742, lapsed: 360,
                          retentionBasisPoints: 6625),
                CohortRow(issueYear: 2020, issued: 1480, stillValid: 0, revoked: 25, recertified: 1021, lapsed: 434,
                          retentionBasisPoints: 6899),
                CohortRow(issueYear: 2021, issued: 1930, stillValid: 0, revoked: 31, recertified: 1402, lapsed: 497,
                          retentionBasisPoints: 7264),
                CohortRow(issueYear: 2022, issued: 2460, stillValid: 2410, revoked: 50, recertified: 0, lapsed: 0,
                          retentionBasisPoints: 9797),
                CohortRow(issueYear: 2023, issued: 2790, stillValid: 2752, revoked: 38, recertified: 0, lapsed: 0,
                          retentionBasisPoints: 9864),
                CohortRow(issueYear: 2024, issued: 3180, stillValid: 3164, revoked: 16, recertified: 0, lapsed: 0,
                          retentionBasisPoints: 9950),
            ],
            funnel: [
                FunnelRow(admissionYear: 2020, admitted: 6210, reachedHigher: 1486, medianDays: 612),
                FunnelRow(admissionYear: 2021, admitted: 8945, reachedHigher: 1874, medianDays: 571),
                FunnelRow(admissionYear: 2022, admitted: 11320, reachedHigher: 1912, medianDays: 498),
                FunnelRow(admissionYear: 2023, admitted: 13890, reachedHigher: 1356, medianDays: 402),
                FunnelRow(admissionYear: 2024, admitted: 14730, reachedHigher: 588, medianDays: 265),
                FunnelRow(admissionYear: 2025, admitted: 15214, reachedHigher: 41, medianDays: 88),
            ],
            expiring: [
                expiring("91360106MA3AY4CL6C", "江西赣昇新材料科技有限公司", "南昌市", .hnte, "GR202236000418", day(2025, 7, 12), "王女士", "138****2051"),
                expiring("91360702MA312TH36B", "赣州稀金精密合金股份有限公司", "赣州市", .hnte, "GR202236000533", day(2025, 7, 19), "刘先生", "139****7720"),
                expiring("91360402MA3BJ1XGXM", "九江长江智能装备有限公司", "九江市", .hnte, "GR202236000671", day(2025, 7, 26), "陈先生", "137****0316"),
                expiring("91361102MA3612DD8A", "上饶光伏新能源科技有限公司", "上饶市", .growth, "2024 瞪羚", day(2025, 8, 5), "张女士", "150****8843"),
                expiring("91360902MA3272HD2F", "宜春锂电材料研究院有限公司", "宜春市", .hnte, "GR202236000802", day(2025, 8, 9), "李先生", "135****4409"),
                expiring("91360802MA31TJ3Y0A", "吉安电子信息产业有限公司", "吉安市", .hnte, "GR202236000915", day(2025, 8, 16), "周女士", "136****6612"),
                expiring("91361002MA37LLJYXU", "抚州生物医药科技有限公司", "抚州市", .growth, "2024 潜在瞪羚", day(2025, 8, 23), "吴先生", "158****2290"),
                expiring("91360302MA31JJC131", "萍乡工业陶瓷新材料有限公司", "萍乡市", .hnte, "GR202236001047", day(2025, 8, 30), "孙女士", "139****5138"),
                expiring("91360202MA371HU44U", "景德镇航空精密制造有限公司", "景德镇市", .leader, "2024 领军企业", day(2025, 9, 6), "郑先生", "133****9027"),
                expiring("91360502MA39D4H35Q", "新余钢铁新材料技术有限公司", "新余市", .hnte, "GR202236001163", day(2025, 9, 13), "何女士", "152****3374"),
                expiring("91360602MA3J9HTMX4", "鹰潭铜基新材料有限公司", "鹰潭市", .hnte, "GR202236001208", day(2025, 9, 20), "罗先生", "187****6455"),
                expiring("91360108MA353JJL8Q", "江西赣江新区智能网联科技有限公司", "赣江新区", .hnte, "GR202236001294", day(2025, 9, 27), "梁女士", "189****1783"),
            ],
            notes: [
                "本页为示例数据，企业名称、代码与电话均为虚构，仅用于展示报告版式。",
                "有效期内高新技术企业：证书自发证日起三年，期满日按《民法典》第二百零一、二百零二条计算；被取消资格的自生效日起不再计入。",
                "科技型中小企业入库登记编号有效期至当年 12 月 31 日（政策参数 tsme.end = year-end），故每年初在库数归零后随入库批次回升。",
                "留存率 =（仍有效 + 重新认定）÷ 认定数。",
                "高成长性科技型企业、科技领军企业按年度名单计，有效期一年。",
            ]
        )
    }

    private static func series(_ name: String, _ tier: Tier, _ counts: [Int]) -> TrendSeries {
        let months = (0..<counts.count).map { offset -> String in
            let index = 2023 * 12 + 6 + offset
            let month = index % 12 + 1
            return "\(index / 12)-\(month < 10 ? "0" : "")\(month)"
        }
        return TrendSeries(name: name, tier: tier, points: zip(months, counts).map { TrendSeries.Point(month: $0, count: $1) })
    }

    private static func expiring(_ code: String, _ name: String, _ city: String, _ tier: Tier, _ number: String,
                                 _ end: Day, _ contact: String, _ phone: String) -> ExpiringRow {
        ExpiringRow(creditCode: code, name: name, city: city, tier: tier, number: number, endDay: end,
                    contact: contact, phone: phone)
    }
}
