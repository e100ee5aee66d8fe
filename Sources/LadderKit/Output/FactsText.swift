/// `ladder facts show`: one column per fiscal year, one row per figure given in any year.
public enum FactsText {
    public static func render(enterprise: Enterprise, name: String, byYear: [Int: AnnualFacts], knownAt: Moment?,
                              format: OutputFormat) -> String {
        let years = byYear.keys.sorted()
        let perYear = years.map { FactsText.fields(of: byYear[$0]!) }
        var keys: [String] = []
        for list in perYear { for (key, _) in list where !keys.contains(key) { keys.append(key) } }
        if format != .table {
            var table = Tabular(columns: [.init("year")] + keys.map { .init($0) })
            for (year, list) in zip(years, perYear) {
                let values = Dictionary(list.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
                table.append([.int(year)] + keys.map { values[$0]?.value ?? .null })
            }
            return table.render(format)
        }
        var table = TextTable(headers: [FactText.columnFigure.text()] + years.map(String.init),
                              alignments: [.left] + years.map { _ in .right })
        for key in keys {
            table.append([FactText.name(of: key)] + perYear.map { list in list.first { $0.key == key }?.value.shown ?? "" })
        }
        var lines = ["\(name)  \(enterprise.creditCode.text)",
                     knownAt.map { FactText.knownAt.text(["moment": BeijingTime.stamp($0, seconds: true)]) } ?? FactText.asRecorded.text(), ""]
        lines.append(years.isEmpty ? FactText.noFacts.text() : table.render())
        return TerminalText.sanitizeLines(lines.joined(separator: "\n"))
    }

    /// One figure: shown with thousands separators in a table, a plain number in CSV and JSON.
    public enum Figure {
        case money(Int64), count(Int64), points(Points), flag(Bool), text(String)

        public var display: String {
            switch self {
            case let .money(yuan): return Money.grouped(yuan)
            case let .count(n): return String(n)
            case let .points(p): return p.description
            case let .flag(on): return on ? "yes" : "no"
            case let .text(text): return text
            }
        }

        /// As a table shows it: yes and no in the reader's language.
        var shown: String {
            if case let .flag(on) = self { return (on ? FactText.yes : FactText.no).text() }
            return display
        }

        var value: Tabular.Value {
            switch self {
            case let .money(n), let .count(n): return .int(Int(n))
            case let .points(p): return p.tabularValue
            case .flag, .text: return .text(display)
            }
        }
    }

    /// The figures given, by snake_case name, in a fixed order.
    public static func fields(of facts: AnnualFacts) -> [(key: String, value: Figure)] {
        rows.compactMap { key, read in read(facts).map { (key, $0) } }
    }

    private static func money(_ value: Int64?) -> Figure? { value.map(Figure.money) }
    private static func number<T: BinaryInteger>(_ value: T?) -> Figure? { value.map { .count(Int64($0)) } }
    private static func points(_ value: Points?) -> Figure? { value.map(Figure.points) }
    private static func flag(_ value: Bool?) -> Figure? { value.map(Figure.flag) }

    private static let rows: [(String, @Sendable (AnnualFacts) -> Figure?)] = [
        ("employees", { number($0.employees) }), ("tech_staff", { number($0.techStaff) }),
        ("revenue", { money($0.revenue) }), ("total_assets", { money($0.totalAssets) }),
        ("total_cost", { money($0.totalCost) }), ("rd_expense", { money($0.rdExpense) }),
        ("rd_expense_in_china", { money($0.rdExpenseInChina) }), ("high_tech_income", { money($0.highTechIncome) }),
        ("total_income", { money($0.totalIncome) }), ("net_assets", { money($0.netAssets) }),
        ("ip1", { number($0.ip1) }), ("ip2", { number($0.ip2) }),
        ("innovation_score", { points($0.innovationScore) }),
        ("innovation_parts.ip", { points($0.innovationParts?.ip) }),
        ("innovation_parts.conversion", { points($0.innovationParts?.conversion) }),
        ("innovation_parts.rd_management", { points($0.innovationParts?.rdManagement) }),
        ("innovation_parts.growth", { points($0.innovationParts?.growth) }),
        ("owns_core_ip", { flag($0.ownsCoreIP) }), ("field", { $0.field.map(Figure.text) }),
        ("major_accident", { flag($0.majorAccident) }), ("abnormal_operation_list", { flag($0.abnormalOperationList) }),
        ("serious_dishonesty_list", { flag($0.seriousDishonestyList) }),
        ("national_award_in_last_5_years", { flag($0.nationalAwardInLast5Years) }),
        ("provincial_rd_institution", { flag($0.provincialRDInstitution) }),
        ("led_standard_in_last_5_years", { flag($0.ledStandardInLast5Years) }),
        ("valuation_usd", { number($0.valuationUSD) }), ("funding_cny", { money($0.fundingCNY) }),
        ("listed", { flag($0.listed) }),
        ("registered_taxed_counted_in_jiangxi", { flag($0.registeredTaxedCountedInJiangxi) }),
        ("violation_or_bad_credit_in_3_years", { flag($0.violationOrBadCreditIn3Years) }),
    ]
}
