/// The three scored indicators of 科技型中小企业 (评价办法 附件): tech staff, R&D, intellectual property.
extension TsmeRule {
    static func techStaff(_ input: EligibilityInput, _ p: TsmePolicy) -> ScoredIndicator {
        var lookup = FactLookup(input)
        let year = input.year, top = p.techStaffBands.first?.points ?? 0
        let staff = lookup.value(.techStaff, \.techStaff, year: year)
        let employees = lookup.value(.employees, \.employees, year: year)
        guard let staff, let employees else {
            return ScoredIndicator(id: "tech_staff", lowest: 0, highest: top, max: top,
                                   value: .notEntered(year), missing: lookup.missing)
        }
        guard let ratio = Fraction(staff, employees) else {
            return ScoredIndicator(id: "tech_staff", points: 0, max: top,
                                   value: Phrase { CheckText.noEmployeesScore.text(in: $0, ["year": year]) })
        }
        let points = p.techStaffBands.band(for: ratio)?.points ?? 0
        return ScoredIndicator(id: "tech_staff", points: points, max: top, value: Phrase {
            CheckText.techStaffValue.text(in: $0, ["ratio": ratio.percentText, "staff": Money.grouped(staff),
                                                   "employees": Money.grouped(employees), "year": year, "points": points])
        })
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
                                   value: Phrase { CheckText.rdNotEntered.text(in: $0, ["year": year]) }, missing: lookup.missing)
        }
        var known: [Int] = [], open: [Int] = [], parts: [Phrase] = []
        let ratios: [(CheckText, AnnualFacts.CodingKeys, KeyPath<AnnualFacts, Int64?>, [PercentBand], Int)] = [
            (.revenue, .revenue, \.revenue, p.rdRevenueBands, topRevenue),
            (.totalCost, .totalCost, \.totalCost, p.rdCostBands, topCost),
        ]
        for (name, key, path, bands, bandTop) in ratios {
            guard let base = lookup.value(key, path, year: year) else {
                open.append(bandTop)
                parts.append(Phrase { CheckText.rdBaseNotEntered.text(in: $0, ["base": name.text(in: $0)]) })
                continue
            }
            guard let ratio = Fraction(rd, base) else {
                known.append(0)
                parts.append(Phrase { CheckText.rdBaseZero.text(in: $0, ["base": name.text(in: $0)]) })
                continue
            }
            let points = bands.band(for: ratio)?.points ?? 0
            known.append(points)
            parts.append(Phrase { CheckText.rdPart.text(in: $0, ["base": name.text(in: $0), "ratio": ratio.percentText,
                                                                 "rd": Money.grouped(rd), "amount": Money.grouped(base),
                                                                 "points": points]) })
        }
        let lowest = known.max() ?? 0
        let joined = Phrase.joined(parts, by: .of(.partSeparator))
        return ScoredIndicator(id: "rd", lowest: lowest, highest: (known + open).max() ?? 0, max: top,
                               value: .inYear(joined, year), missing: lookup.missing)
    }

    /// Ⅰ类 items score the class-1 points outright; otherwise Ⅱ类 items count by band.
    static func ip(_ input: EligibilityInput, _ p: TsmePolicy) -> ScoredIndicator {
        var lookup = FactLookup(input)
        let year = input.year, top2 = p.ipClass2Bands.first?.points ?? 0, top = Swift.max(p.ipClass1Points, top2)
        let ip1 = lookup.value(.ip1, \.ip1, year: year)
        if let ip1, ip1 >= Int64(p.ipClass1MinCount) {
            let points = p.ipClass1Points
            return ScoredIndicator(id: "ip", points: points, max: top,
                                   value: Phrase { CheckText.ip1Only.text(in: $0, ["count": ip1, "year": year, "points": points]) })
        }
        let ip2 = lookup.value(.ip2, \.ip2, year: year)
        let class2 = ip2.map { n in p.ipClass2Bands.first { n >= Int64($0.minimum) }?.points ?? 0 }
        let low2 = class2 ?? 0, high2 = class2 ?? top2
        let text = Phrase { language in
            let count = { (n: Int64?) in n.map(String.init) ?? CheckText.notEntered.text(in: language) }
            return CheckText.ipClasses.text(in: language, ["ip1": count(ip1), "ip2": count(ip2), "year": year])
        }
        if ip1 != nil {
            return ScoredIndicator(id: "ip", lowest: low2, highest: high2, max: top,
                                   value: text + Phrase { _ in class2.map { " → \($0) 分" } ?? "" }, missing: lookup.missing)
        }
        return ScoredIndicator(id: "ip", lowest: low2, highest: Swift.max(p.ipClass1Points, high2), max: top,
                               value: text, missing: lookup.missing)
    }

    /// The bands as tables, written when read (a search over many firms never reads them).
    static func thresholdText(_ p: TsmePolicy) -> (techStaff: Phrase, rd: Phrase, ip: Phrase) {
        (Phrase { CheckText.ofEmployees.text(in: $0, ["bands": p.techStaffBands.tableText]) },
         Phrase { CheckText.ofRevenueOrCost.text(in: $0, ["revenue": p.rdRevenueBands.tableText, "cost": p.rdCostBands.tableText]) },
         Phrase {
             let class2 = p.ipClass2Bands.map { "\($0.minimum) → \($0.points)" }.joined(separator: ", ")
             return CheckText.ipThreshold.text(in: $0, ["count": p.ipClass1MinCount, "points": p.ipClass1Points, "class2": class2])
         })
    }
}
