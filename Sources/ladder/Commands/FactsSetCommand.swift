import ArgumentParser
import LadderKit

struct FactsSetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set", abstract: FactsHelp.setAbstract.text(), discussion: FactsHelp.setDiscussion.text())
    }

    @Argument(help: ArgumentHelp(OptionHelp.firm, kind: .firm), transform: Parse.firm) var firm: String
    @Option(help: ArgumentHelp(FactsHelp.year, kind: .year)) var year: Int
    @Option(help: ArgumentHelp(FactsHelp.unit, kind: .unit)) var unit: MoneyUnitArgument = .wan
    @Option(help: ArgumentHelp(FactsHelp.employees, kind: .count), transform: Parse.count) var employees: Int64?
    @Option(help: ArgumentHelp(FactsHelp.techStaff, kind: .count), transform: Parse.count) var techStaff: Int64?
    @Option(help: ArgumentHelp(FactsHelp.revenue, kind: .money)) var revenue: String?
    @Option(help: ArgumentHelp(FactsHelp.totalAssets, kind: .money)) var totalAssets: String?
    @Option(help: ArgumentHelp(FactsHelp.totalCost, kind: .money)) var totalCost: String?
    @Option(help: ArgumentHelp(FactsHelp.rdExpense, kind: .money)) var rdExpense: String?
    @Option(help: ArgumentHelp(FactsHelp.rdExpenseInChina, kind: .money)) var rdExpenseInChina: String?
    @Option(help: ArgumentHelp(FactsHelp.highTechIncome, kind: .money)) var highTechIncome: String?
    @Option(help: ArgumentHelp(FactsHelp.totalIncome, kind: .money)) var totalIncome: String?
    @Option(help: ArgumentHelp(FactsHelp.netAssets, kind: .money)) var netAssets: String?
    @Option(help: ArgumentHelp(FactsHelp.ip1, kind: .count), transform: Parse.count) var ip1: Int64?
    @Option(help: ArgumentHelp(FactsHelp.ip2, kind: .count), transform: Parse.count) var ip2: Int64?
    @Option(help: ArgumentHelp(FactsHelp.innovationScore, kind: .score), transform: Parse.points)
    var innovationScore: Points?
    @Option(name: [.customLong("innovation-ip"), .customLong("innovation-parts-ip")], help: ArgumentHelp(FactsHelp.innovationIP, kind: .score), transform: Parse.points) var innovationIp: Points?
    @Option(name: [.customLong("innovation-conversion"), .customLong("innovation-parts-conversion")], help: ArgumentHelp(FactsHelp.innovationConversion, kind: .score), transform: Parse.points) var innovationConversion: Points?
    @Option(name: [.customLong("innovation-rd-management"), .customLong("innovation-parts-rd-management")], help: ArgumentHelp(FactsHelp.innovationRDManagement, kind: .score), transform: Parse.points) var innovationRdManagement: Points?
    @Option(name: [.customLong("innovation-growth"), .customLong("innovation-parts-growth")], help: ArgumentHelp(FactsHelp.innovationGrowth, kind: .score), transform: Parse.points) var innovationGrowth: Points?
    @Option(help: ArgumentHelp(FactsHelp.ownsCoreIP, kind: .yesNo)) var ownsCoreIp: YesNo?
    @Option(help: ArgumentHelp(FactsHelp.field, kind: .field)) var field: String?
    @Option(help: ArgumentHelp(FactsHelp.majorAccident, kind: .yesNo)) var majorAccident: YesNo?
    @Option(name: [.customLong("abnormal-operation"), .customLong("abnormal-operation-list")], help: ArgumentHelp(FactsHelp.abnormalOperation, kind: .yesNo)) var abnormalOperation: YesNo?
    @Option(name: [.customLong("serious-dishonesty"), .customLong("serious-dishonesty-list")], help: ArgumentHelp(FactsHelp.seriousDishonesty, kind: .yesNo)) var seriousDishonesty: YesNo?
    @Option(name: [.customLong("national-award"), .customLong("national-award-in-last-5-years")], help: ArgumentHelp(FactsHelp.nationalAward, kind: .yesNo)) var nationalAward: YesNo?
    @Option(help: ArgumentHelp(FactsHelp.provincialRDInstitution, kind: .yesNo)) var provincialRdInstitution: YesNo?
    @Option(name: [.customLong("led-standard"), .customLong("led-standard-in-last-5-years")], help: ArgumentHelp(FactsHelp.ledStandard, kind: .yesNo)) var ledStandard: YesNo?
    @Option(help: ArgumentHelp(FactsHelp.valuationUSD, kind: .money), transform: Parse.count) var valuationUsd: Int64?
    @Option(help: ArgumentHelp(FactsHelp.fundingCNY, kind: .money)) var fundingCny: String?
    @Option(help: ArgumentHelp(FactsHelp.listed, kind: .yesNo)) var listed: YesNo?
    @Option(name: [.customLong("jiangxi"), .customLong("registered-taxed-counted-in-jiangxi")], help: ArgumentHelp(FactsHelp.jiangxi, kind: .yesNo)) var jiangxi: YesNo?
    @Option(name: [.customLong("bad-credit"), .customLong("violation-or-bad-credit-in-3-years")], help: ArgumentHelp(FactsHelp.badCredit, kind: .yesNo)) var badCredit: YesNo?
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var record: RecordOptions

    func validate() throws {
        guard (1990...2200).contains(year) else { throw ValidationError(ValidationText.factsYear.text(["year": year])) }
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
