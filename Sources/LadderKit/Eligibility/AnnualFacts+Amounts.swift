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

extension AnnualFacts {
    /// The yes/no fact a key names, read by its field, as `amount` reads a number. Only for the
    /// yes/no keys.
    func answer(_ key: CodingKeys) -> Bool? {
        switch key {
        case .ownsCoreIP: ownsCoreIP
        case .majorAccident: majorAccident
        case .abnormalOperationList: abnormalOperationList
        case .seriousDishonestyList: seriousDishonestyList
        case .nationalAwardInLast5Years: nationalAwardInLast5Years
        case .provincialRDInstitution: provincialRDInstitution
        case .ledStandardInLast5Years: ledStandardInLast5Years
        case .listed: listed
        case .registeredTaxedCountedInJiangxi: registeredTaxedCountedInJiangxi
        case .violationOrBadCreditIn3Years: violationOrBadCreditIn3Years
        case .employees, .techStaff, .revenue, .totalAssets, .totalCost, .rdExpense, .rdExpenseInChina,
             .highTechIncome, .totalIncome, .netAssets, .ip1, .ip2, .valuationUSD, .fundingCNY, .innovationScore,
             .innovationParts, .field:
            preconditionFailure("\(key.rawValue) is not a yes/no fact")
        }
    }
}
