extension AnnualFacts {
    /// These facts with every field that `newer` knows replaced by its value: the newer record
    /// wins field by field, and an unknown (nil) field in it keeps the older value. Innovation
    /// parts merge part by part.
    public func merging(newer: AnnualFacts) -> AnnualFacts {
        var out = self
        out.employees = newer.employees ?? employees
        out.techStaff = newer.techStaff ?? techStaff
        out.revenue = newer.revenue ?? revenue
        out.totalAssets = newer.totalAssets ?? totalAssets
        out.totalCost = newer.totalCost ?? totalCost
        out.rdExpense = newer.rdExpense ?? rdExpense
        out.rdExpenseInChina = newer.rdExpenseInChina ?? rdExpenseInChina
        out.highTechIncome = newer.highTechIncome ?? highTechIncome
        out.totalIncome = newer.totalIncome ?? totalIncome
        out.netAssets = newer.netAssets ?? netAssets
        out.ip1 = newer.ip1 ?? ip1
        out.ip2 = newer.ip2 ?? ip2
        out.innovationScore = newer.innovationScore ?? innovationScore
        switch (newer.innovationParts, innovationParts) {
        case let (new?, old?): out.innovationParts = new.overlaying(old)
        case let (new, old): out.innovationParts = new ?? old
        }
        out.ownsCoreIP = newer.ownsCoreIP ?? ownsCoreIP
        out.field = newer.field ?? field
        out.majorAccident = newer.majorAccident ?? majorAccident
        out.abnormalOperationList = newer.abnormalOperationList ?? abnormalOperationList
        out.seriousDishonestyList = newer.seriousDishonestyList ?? seriousDishonestyList
        out.nationalAwardInLast5Years = newer.nationalAwardInLast5Years ?? nationalAwardInLast5Years
        out.provincialRDInstitution = newer.provincialRDInstitution ?? provincialRDInstitution
        out.ledStandardInLast5Years = newer.ledStandardInLast5Years ?? ledStandardInLast5Years
        out.valuationUSD = newer.valuationUSD ?? valuationUSD
        out.fundingCNY = newer.fundingCNY ?? fundingCNY
        out.listed = newer.listed ?? listed
        out.registeredTaxedCountedInJiangxi = newer.registeredTaxedCountedInJiangxi ?? registeredTaxedCountedInJiangxi
        out.violationOrBadCreditIn3Years = newer.violationOrBadCreditIn3Years ?? violationOrBadCreditIn3Years
        return out
    }
}
