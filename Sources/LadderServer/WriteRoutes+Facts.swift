import Hummingbird
import LadderKit

extension WriteRoutes {
    /// The facts of a firm for a fiscal year as `ladder facts set` records them, and what was stored.
    struct FactsDocument: Encodable {
        var recorded: Bool
        var creditCode: String
        var year: Int
        /// One line per money figure: the yuan stored and how the text was read, as the CLI prints them.
        var stored: [String]
        var message: String

        enum CodingKeys: String, CodingKey {
            case recorded, year, stored, message
            case creditCode = "credit_code"
        }
    }

    /// `ladder facts set`'s fields, in JSON's snake_case. Money is in 万元 unless `unit` is `yuan` or
    /// the text carries its unit (`500元`), as on every roster.
    static let factFields = [
        "year", "unit", "employees", "tech_staff", "revenue", "total_assets", "total_cost", "rd_expense",
        "rd_expense_in_china", "high_tech_income", "total_income", "net_assets", "ip1", "ip2", "innovation_score",
        "innovation_ip", "innovation_conversion", "innovation_rd_management", "innovation_growth", "owns_core_ip", "field",
        "major_accident", "abnormal_operation", "serious_dishonesty", "national_award", "provincial_rd_institution",
        "led_standard", "valuation_usd", "funding_cny", "listed", "jiangxi", "bad_credit",
    ]

    /// `POST /api/v1/enterprises/{code}/facts`: by an editor whose region holds the firm today.
    func setFacts(_ request: Request, context: ServerContext) async throws -> Response {
        let account = try context.requireAccount()
        try Scope.requireEditor(account)
        let query = try context.firmInPath()
        let body = try await Body(request, fields: WriteRoutes.factFields)
        let year = try WriteRoutes.year(body, .fiscalYear)
        var stored: [String] = []
        let facts = try WriteRoutes.facts(body, stored: &stored)
        let now = settings.clock()
        let client = ClientAddress.of(request, context: context, trustProxy: settings.trustProxy)
        return try await WriteRoutes.refusing {
            let (code, outcome) = try setFactsInScope(account, firm: query, year: year, facts: facts, now: now) { code in
                WriteContext(operatorName: account.name, at: now, command: "POST /api/v1/enterprises/\(code.text)/facts",
                             clientAddress: client, operatorID: account.id)
            }
            switch outcome {
            case .recorded:
                return APIError.json(status: .created, body: FactsDocument(
                    recorded: true, creditCode: code.text, year: year, stored: stored,
                    message: WriteText.factsRecorded.text(["code": code, "year": year])))
            case .unchanged:
                return APIError.json(status: .ok, body: FactsDocument(
                    recorded: false, creditCode: code.text, year: year, stored: [],
                    message: WriteText.factsUnchanged.text(["code": code, "year": year])))
            }
        } alreadyRecorded: { error in
            throw error
        }
    }

    /// The facts set, for the API and the pages: by an account whose region holds the firm today.
    func setFactsInScope(_ account: Account, firm query: String, year: Int, facts: AnnualFacts, now: Moment,
                         context: (CreditCode) -> WriteContext) throws -> (code: CreditCode, outcome: FactsOutcome) {
        let profile = try registry.profile(of: query, asOf: ChinaTime.day(of: now), knownAt: now)
        try Scope.check(account, profile: profile)
        let code = profile.enterprise.creditCode
        return (code, try registry.setFacts(code, year: year, facts: facts, context: context(code)))
    }

    /// The figures given, read as `ladder facts set` reads its options.
    static func facts(_ body: Body, stored: inout [String]) throws -> AnnualFacts {
        let unit: Money.Unit = try body.parsed("unit") { text in
            switch text {
            case "wan", "万元": return Money.Unit.wan
            case "yuan", "元": return Money.Unit.yuan
            default: throw APIError(.badRequest, ServeInputText.badUnit.text(["value": text]))
            }
        } ?? .wan
        var said: [String] = []
        func money(_ field: String, negative: Bool = false) throws -> Int64? {
            guard let text = try body.figure(field) else { return nil }
            do {
                let parsed = try Money.parse(text, bareUnit: unit, allowNegative: negative)
                said.append("\(field) \(parsed)")
                return parsed.money.yuan
            } catch {
                throw APIError(.badRequest, ServeInputText.badValue.text(["field": body.name(field), "value": text, "reason": "\(error)"]))
            }
        }
        func points(_ field: String) throws -> Points? {
            guard let text = try body.figure(field) else { return nil }
            guard let points = Points(entered: text) else {
                throw APIError(.badRequest, ServeInputText.badScore.text(["field": body.name(field), "value": text]))
            }
            return points
        }
        let parts = (ip: try points("innovation_ip"), conversion: try points("innovation_conversion"),
                     rd: try points("innovation_rd_management"), growth: try points("innovation_growth"))
        let anyPart = parts.ip != nil || parts.conversion != nil || parts.rd != nil || parts.growth != nil
        let facts = AnnualFacts(
            employees: try body.count("employees"), techStaff: try body.count("tech_staff"), revenue: try money("revenue"),
            totalAssets: try money("total_assets"), totalCost: try money("total_cost"), rdExpense: try money("rd_expense"),
            rdExpenseInChina: try money("rd_expense_in_china"), highTechIncome: try money("high_tech_income"),
            totalIncome: try money("total_income"), netAssets: try money("net_assets", negative: true),
            ip1: try body.count("ip1"), ip2: try body.count("ip2"), innovationScore: try points("innovation_score"),
            innovationParts: anyPart ? InnovationParts(ip: parts.ip, conversion: parts.conversion, rdManagement: parts.rd,
                                                       growth: parts.growth) : nil,
            ownsCoreIP: try body.flag("owns_core_ip"), field: try body.text("field"),
            majorAccident: try body.flag("major_accident"), abnormalOperationList: try body.flag("abnormal_operation"),
            seriousDishonestyList: try body.flag("serious_dishonesty"),
            nationalAwardInLast5Years: try body.flag("national_award"),
            provincialRDInstitution: try body.flag("provincial_rd_institution"),
            ledStandardInLast5Years: try body.flag("led_standard"), valuationUSD: try body.count("valuation_usd"),
            fundingCNY: try money("funding_cny"), listed: try body.flag("listed"),
            registeredTaxedCountedInJiangxi: try body.flag("jiangxi"),
            violationOrBadCreditIn3Years: try body.flag("bad_credit"))
        stored = said
        return facts
    }
}
