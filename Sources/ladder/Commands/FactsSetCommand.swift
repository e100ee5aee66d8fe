import ArgumentParser
import LadderKit

struct FactsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Record a version of a firm's facts for a fiscal year (only the figures given).",
        discussion: """
            Money is in 万元 unless written otherwise, as on every roster: 1234.5 is 1234.5万元; write 500元 \
            for yuan (or give --unit yuan). Counts and scores are read as a roster's cells are (１２０, 1,200, \
            70.5). The command says, for each figure, what it stored in yuan.
            """)

    @Argument(help: "统一社会信用代码, or an exact current or former name.", transform: Parse.firm) var firm: String
    @Option(help: "Fiscal year the figures belong to.") var year: Int
    @Option(help: "Unit of money figures written without one (万元 as on rosters, or yuan).") var unit: MoneyUnitArgument = .wan
    @Option(help: "职工总数.", transform: Parse.count) var employees: Int64?
    @Option(help: "科技人员数.", transform: Parse.count) var techStaff: Int64?
    @Option(help: "销售收入.") var revenue: String?
    @Option(help: "资产总额.") var totalAssets: String?
    @Option(help: "成本费用支出总额.") var totalCost: String?
    @Option(help: "研发费用.") var rdExpense: String?
    @Option(help: "研发费用中境内部分.") var rdExpenseInChina: String?
    @Option(help: "高新技术产品(服务)收入.") var highTechIncome: String?
    @Option(help: "总收入 (default: sales revenue).") var totalIncome: String?
    @Option(help: "净资产 (may be negative).") var netAssets: String?
    @Option(help: "Ⅰ类知识产权数.", transform: Parse.count) var ip1: Int64?
    @Option(help: "Ⅱ类知识产权数.", transform: Parse.count) var ip2: Int64?
    @Option(help: "创新能力评价总分 (0-100, e.g. 70.5), as the experts gave it.", transform: Parse.points)
    var innovationScore: Points?
    @Option(name: [.customLong("innovation-ip"), .customLong("innovation-parts-ip")], help: "创新能力: 知识产权 part (0-30).", transform: Parse.points) var innovationIp: Points?
    @Option(name: [.customLong("innovation-conversion"), .customLong("innovation-parts-conversion")], help: "创新能力: 科技成果转化 part (0-30).", transform: Parse.points) var innovationConversion: Points?
    @Option(name: [.customLong("innovation-rd-management"), .customLong("innovation-parts-rd-management")], help: "创新能力: 研发组织管理 part (0-20).", transform: Parse.points) var innovationRdManagement: Points?
    @Option(name: [.customLong("innovation-growth"), .customLong("innovation-parts-growth")], help: "创新能力: 企业成长性 part (0-20).", transform: Parse.points) var innovationGrowth: Points?
    @Option(help: "Owns its core IP.") var ownsCoreIp: YesNo?
    @Option(help: "Technology field.") var field: String?
    @Option(help: "Major safety/quality accident or serious environmental violation in the year.") var majorAccident: YesNo?
    @Option(name: [.customLong("abnormal-operation"), .customLong("abnormal-operation-list")], help: "On the abnormal-operation list.") var abnormalOperation: YesNo?
    @Option(name: [.customLong("serious-dishonesty"), .customLong("serious-dishonesty-list")], help: "On the serious-dishonesty list.") var seriousDishonesty: YesNo?
    @Option(name: [.customLong("national-award"), .customLong("national-award-in-last-5-years")], help: "National S&T award in the last 5 years, in the first three units.") var nationalAward: YesNo?
    @Option(help: "Provincial-or-higher R&D institution.") var provincialRdInstitution: YesNo?
    @Option(name: [.customLong("led-standard"), .customLong("led-standard-in-last-5-years")], help: "Led an international/national/industry standard in the last 5 years.") var ledStandard: YesNo?
    @Option(help: "Valuation in US dollars (plain number, e.g. 1000000000).", transform: Parse.count) var valuationUsd: Int64?
    @Option(help: "Equity funding raised.") var fundingCny: String?
    @Option(help: "Listed on a stock exchange.") var listed: YesNo?
    @Option(name: [.customLong("jiangxi"), .customLong("registered-taxed-counted-in-jiangxi")], help: "Registered, taxed and counted in Jiangxi.") var jiangxi: YesNo?
    @Option(name: [.customLong("bad-credit"), .customLong("violation-or-bad-credit-in-3-years")], help: "Violation or bad credit in the last 3 years.") var badCredit: YesNo?
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard (1990...2200).contains(year) else { throw ValidationError(UsageErrorText.fiscalYear.text(["year": year])) }
    }

    func run() throws {
        try Failure.reporting {
            let opened = try registry.open()
            let code = try opened.creditCode(of: firm)
            var said: [String] = []
            func money(_ label: String, _ text: String?, negative: Bool = false) throws -> Int64? {
                guard let text else { return nil }
                do {
                    let parsed = try Money.parse(text, bareUnit: unit.unit, allowNegative: negative)
                    said.append(WriteText.factsAmount.text(["option": label, "amount": parsed]))
                    return parsed.money.yuan
                } catch {
                    throw ValidationError(UsageErrorText.moneyOption.text(["option": label, "value": text, "error": error]))
                }
            }
            let parts = [innovationIp, innovationConversion, innovationRdManagement, innovationGrowth].contains { $0 != nil }
                ? InnovationParts(ip: innovationIp, conversion: innovationConversion, rdManagement: innovationRdManagement,
                                  growth: innovationGrowth) : nil
            let facts = AnnualFacts(
                employees: employees, techStaff: techStaff, revenue: try money("revenue", revenue),
                totalAssets: try money("total-assets", totalAssets), totalCost: try money("total-cost", totalCost),
                rdExpense: try money("rd-expense", rdExpense), rdExpenseInChina: try money("rd-expense-in-china", rdExpenseInChina),
                highTechIncome: try money("high-tech-income", highTechIncome),
                totalIncome: try money("total-income", totalIncome),
                netAssets: try money("net-assets", netAssets, negative: true), ip1: ip1, ip2: ip2,
                innovationScore: innovationScore, innovationParts: parts, ownsCoreIP: ownsCoreIp?.bool, field: field,
                majorAccident: majorAccident?.bool, abnormalOperationList: abnormalOperation?.bool,
                seriousDishonestyList: seriousDishonesty?.bool, nationalAwardInLast5Years: nationalAward?.bool,
                provincialRDInstitution: provincialRdInstitution?.bool, ledStandardInLast5Years: ledStandard?.bool,
                valuationUSD: valuationUsd, fundingCNY: try money("funding-cny", fundingCny), listed: listed?.bool,
                registeredTaxedCountedInJiangxi: jiangxi?.bool, violationOrBadCreditIn3Years: badCredit?.bool)
            switch try opened.setFacts(code, year: year, facts: facts, context: record.context()) {
            case .recorded:
                Console.out(WriteText.factsRecorded.text(["code": code, "year": year]))
                for line in said { Console.out("  " + line) }
            case .unchanged:
                Console.out(WriteText.factsUnchanged.text(["code": code, "year": year]))
            }
        }
    }
}

enum MoneyUnitArgument: String, ExpressibleByArgument, CaseIterable {
    case yuan, wan

    var unit: Money.Unit { self == .yuan ? .yuan : .wan }
}
