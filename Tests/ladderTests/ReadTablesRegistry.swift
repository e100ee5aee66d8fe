import Foundation
import LadderKit

/// The registry the read commands' goldens run on: the three 高新技术企业 of `StatisticsCommandTests`
/// (乙公司 revoked), with annual facts, a target and one imported roster, every record written
/// at 2024-01-10T00:00Z so that each line of output is literal. The command line recorded is
/// just `ladder`: a real one quotes what was typed (`ladder add …`), data shown as typed.
enum ReadTablesRegistry {
    static let at = Moment(parsing: "2024-01-10T00:00:00Z", defaultOffsetSeconds: 0)!
    static let roster = """
        统一社会信用代码,企业名称,成立日期,技术领域,联系人,联系电话
        914403001922038216,甲公司,2015-03-01,电子信息,张三,0791-1234567
        91360722MA35G1YK7R,丙公司,2023-06-01,新材料,李四,0797-7654321

        """

    static func file(in directory: TemporaryDirectory) throws -> String {
        let path = directory.path("ladder.sqlite")
        let registry = try Registry.open(path: path)
        let context = WriteContext(operatorName: "测试员", at: at, command: "ladder")
        for (code, name, number) in [("914403001922038216", "甲公司", "GR202336000001"),
                                     ("91440300708461136T", "乙公司", "GR202336000002"),
                                     ("91360722MA35G1YK7R", "丙公司", "GR202336000003")] {
            let credit = try CreditCode(code)
            let division = code == "91360722MA35G1YK7R" ? "360702" : "360111"
            _ = try registry.add(credit, name: name, location: Location(division: RegionCode(division)), context: context)
            _ = try registry.certify(credit, number: CertificateNumber(number), issued: Day(iso: "2023-11-22")!,
                                     context: WriteContext(operatorName: "测试员", at: at, command: "ladder", override: "名单已公布"))
        }
        _ = try registry.revoke(CreditCode("91440300708461136T"), tier: .hnte, effective: Day(iso: "2024-06-01")!,
                                ground: .fraud, reason: "弄虚作假", context: context)
        let rosterPath = directory.path("名册.csv")
        try roster.write(toFile: rosterPath, atomically: true, encoding: .utf8)
        let moment = at
        _ = try Importer(registry: registry, options: ImportOptions(), context: context, clock: { moment }).run(path: rosterPath)
        // 甲公司: the latest year's figures of a 高新技术企业, the two years before not entered.
        _ = try registry.setFacts(CreditCode("914403001922038216"), year: 2023, facts: AnnualFacts(
            employees: 120, techStaff: 30, revenue: 50_000_000, rdExpense: 3_000_000, rdExpenseInChina: 3_000_000,
            highTechIncome: 40_000_000, totalIncome: 52_000_000, innovationScore: Points(75), ownsCoreIP: true,
            majorAccident: false), context: context)
        // 乙公司: a small firm scored as a 科技型中小企业.
        _ = try registry.setFacts(CreditCode("91440300708461136T"), year: 2023, facts: AnnualFacts(
            employees: 80, techStaff: 20, revenue: 30_000_000, totalAssets: 40_000_000, totalCost: 25_000_000,
            rdExpense: 1_500_000, ip1: 0, ip2: 3, majorAccident: false, abnormalOperationList: false,
            seriousDishonestyList: false, nationalAwardInLast5Years: false, provincialRDInstitution: false,
            ledStandardInLast5Years: false), context: context)
        _ = try registry.setTarget(tier: .hnte, count: 5, due: Day(iso: "2025-12-31")!, context: context)
        return path
    }
}
