/// The three scored indicators of 科技型中小企业 (评价办法 附件): tech staff, R&D, intellectual property.
extension TsmeRule {
    static func techStaff(_ input: EligibilityInput, _ p: TsmePolicy) -> ScoredIndicator {
        var lookup = FactLookup(input)
        let year = input.year, top = p.techStaffBands.first?.points ?? 0
        let staff = lookup.value(.techStaff, \.techStaff, year: year)
        let employees = lookup.value(.employees, \.employees, year: year)
        guard let staff, let employees else {
            return ScoredIndicator(id: "tech_staff", lowest: 0, highest: top, max: top,
                                   value: "not entered (\(year))", missing: lookup.missing)
        }
        guard let ratio = Fraction(staff, employees) else {
            return ScoredIndicator(id: "tech_staff", points: 0, max: top, value: "no employees (\(year)) → 0 分")
        }
        let points = p.techStaffBands.band(for: ratio)?.points ?? 0
        return ScoredIndicator(id: "tech_staff", points: points, max: top,
                               value: "\(ratio.percentText) (\(Money.grouped(staff)) / \(Money.grouped(employees)) 人, \(year)) → \(points) 分")
    }

    /// The better of R&D / revenue and R&D / total cost.
    static func rd(_ input: EligibilityInput, _ p: TsmePolicy) -> ScoredIndicator {
        var lookup = FactLookup(input)
        let year = input.year
        let topRevenue = p.rdRevenueBands.first?.points ?? 0, topCost = p.rdCostBands.first?.points ?? 0
        let top = Swift.max(topRevenue, topCost)
        guard let rd = lookup.value(.rdExpense, \.rdExpense, year: year) else {
            _ = lookup.value(.revenue, \.revenue, year: year)
            _ = lookup.value(.totalCost, \.totalCost, year: year)
            return ScoredIndicator(id: "rd", lowest: 0, highest: top, max: top,
                                   value: "R&D expense not entered (\(year))", missing: lookup.missing)
        }
        var known: [Int] = [], open: [Int] = [], parts: [String] = []
        let ratios: [(String, AnnualFacts.CodingKeys, KeyPath<AnnualFacts, Int64?>, [PercentBand], Int)] = [
            ("revenue", .revenue, \.revenue, p.rdRevenueBands, topRevenue),
            ("total cost", .totalCost, \.totalCost, p.rdCostBands, topCost),
        ]
        for (name, key, path, bands, bandTop) in ratios {
            guard let base = lookup.value(key, path, year: year) else {
                open.append(bandTop)
                parts.append("R&D/\(name): \(name) not entered")
                continue
            }
            guard let ratio = Fraction(rd, base) else {
                known.append(0)
                parts.append("R&D/\(name): \(name) is 0 → 0 分")
                continue
            }
            let points = bands.band(for: ratio)?.points ?? 0
            known.append(points)
            parts.append("R&D/\(name) \(ratio.percentText) (\(Money.grouped(rd)) / \(Money.grouped(base)) 元) → \(points) 分")
        }
        let lowest = known.max() ?? 0
        return ScoredIndicator(id: "rd", lowest: lowest, highest: (known + open).max() ?? 0, max: top,
                               value: parts.joined(separator: "; ") + " (\(year))", missing: lookup.missing)
    }

    /// Ⅰ类 items score the class-1 points outright; otherwise Ⅱ类 items count by band.
    static func ip(_ input: EligibilityInput, _ p: TsmePolicy) -> ScoredIndicator {
        var lookup = FactLookup(input)
        let year = input.year, top2 = p.ipClass2Bands.first?.points ?? 0, top = Swift.max(p.ipClass1Points, top2)
        let ip1 = lookup.value(.ip1, \.ip1, year: year)
        if let ip1, ip1 >= Int64(p.ipClass1MinCount) {
            return ScoredIndicator(id: "ip", points: p.ipClass1Points, max: top,
                                   value: "Ⅰ类 \(ip1) (\(year)) → \(p.ipClass1Points) 分")
        }
        let ip2 = lookup.value(.ip2, \.ip2, year: year)
        let class2 = ip2.map { n in p.ipClass2Bands.first { n >= Int64($0.minimum) }?.points ?? 0 }
        let low2 = class2 ?? 0, high2 = class2 ?? top2
        let text = "Ⅰ类 \(ip1.map(String.init) ?? "not entered"), Ⅱ类 \(ip2.map(String.init) ?? "not entered") (\(year))"
        if ip1 != nil {
            return ScoredIndicator(id: "ip", lowest: low2, highest: high2, max: top,
                                   value: text + (class2.map { " → \($0) 分" } ?? ""), missing: lookup.missing)
        }
        return ScoredIndicator(id: "ip", lowest: low2, highest: Swift.max(p.ipClass1Points, high2), max: top,
                               value: text, missing: lookup.missing)
    }

    static func thresholdText(_ p: TsmePolicy) -> (techStaff: String, rd: String, ip: String) {
        let class2 = p.ipClass2Bands.map { "\($0.minimum) → \($0.points)" }.joined(separator: ", ")
        return ("of employees: " + p.techStaffBands.tableText,
                "of revenue: \(p.rdRevenueBands.tableText); or of total cost: \(p.rdCostBands.tableText)",
                "≥ \(p.ipClass1MinCount) Ⅰ类 → \(p.ipClass1Points); Ⅱ类 \(class2)")
    }
}
