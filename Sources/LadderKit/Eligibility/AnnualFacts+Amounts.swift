extension AnnualFacts {
    /// The whole-number fact a key names, read by its field: the rules read millions of amounts
    /// for `candidates`, and a key path costs a generic projection and a copy of the record each.
    /// Only for the whole-number keys (amounts and counts).
    func amount(_ key: CodingKeys) -> Int64? {
        switch key {
        case .employees: employees
        case .techStaff: techStaff
        case .revenue: revenue
        case .totalAssets: totalAssets
        case .totalCost: totalCost
        case .rdExpense: rdExpense
        case .rdExpenseInChina: rdExpenseInChina
        case .highTechIncome: highTechIncome
        case .totalIncome: totalIncome
        case .netAssets: netAssets
        case .ip1: ip1
        case .ip2: ip2
        case .valuationUSD: valuationUSD
        case .fundingCNY: fundingCNY
        case .innovationScore, .innovationParts, .ownsCoreIP, .field, .majorAccident, .abnormalOperationList,
             .seriousDishonestyList, .nationalAwardInLast5Years, .provincialRDInstitution, .ledStandardInLast5Years,
             .listed, .registeredTaxedCountedInJiangxi, .violationOrBadCreditIn3Years:
            preconditionFailure("\(key.rawValue) is not a whole-number fact")
        }
    }
}
