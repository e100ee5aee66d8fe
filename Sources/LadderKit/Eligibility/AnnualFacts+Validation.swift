extension AnnualFacts {
    /// Contradictions and out-of-range values a person should correct before the facts are
    /// stored, each naming the field as JSON and the command line do (`tech_staff: …`).
    /// Rules do not re-check these: they trust stored facts.
    public func problems(policy: Policy = .builtIn) -> [String] {
        var out: [String] = []
        let amounts: [(CodingKeys, Int64?)] = [
            (.employees, employees), (.techStaff, techStaff), (.revenue, revenue), (.totalAssets, totalAssets),
            (.totalCost, totalCost), (.rdExpense, rdExpense), (.rdExpenseInChina, rdExpenseInChina),
            (.highTechIncome, highTechIncome), (.totalIncome, totalIncome), (.ip1, ip1), (.ip2, ip2),
            (.valuationUSD, valuationUSD), (.fundingCNY, fundingCNY),
        ]
        for (key, value) in amounts {
            if let value, value < 0 { out.append("\(key.rawValue): \(value) is negative; only net_assets may be") }
        }
        if let techStaff, let employees, techStaff > employees {
            out.append("tech_staff: \(techStaff) is more than employees (\(employees))")
        }
        if let rdExpenseInChina, let rdExpense, rdExpenseInChina > rdExpense {
            out.append("rd_expense_in_china: \(rdExpenseInChina) is more than rd_expense (\(rdExpense))")
        }
        if let highTechIncome, let totalIncome, highTechIncome > totalIncome {
            out.append("high_tech_income: \(highTechIncome) is more than total_income (\(totalIncome))")
        }
        if let innovationScore, !(Points.zero...Points(100)).contains(innovationScore) {
            out.append("innovation_score: \(innovationScore) is outside 0–100")
        }
        let m = policy.eligibility.hnte.innovationMaxima
        for (name, value, max) in [("ip", innovationParts?.ip, m.ip), ("conversion", innovationParts?.conversion, m.conversion),
                                   ("rd_management", innovationParts?.rdManagement, m.rdManagement),
                                   ("growth", innovationParts?.growth, m.growth)] {
            if let value, !(Points.zero...Points(max)).contains(value) {
                out.append("innovation_parts.\(name): \(value) is outside 0–\(max)")
            }
        }
        return out
    }
}
