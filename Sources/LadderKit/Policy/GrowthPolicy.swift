/// 高成长性科技型企业 criteria. Jiangxi has not published numbers: the defaults are placeholders
/// from other regions' rules (`placeholder` stays true until the bureau edits them).
public struct GrowthPolicy: Hashable, Sendable {
    public var placeholder: Bool
    /// Registered, taxed and counted in the province.
    public var requireProvincialRegistration: Bool
    /// No violation or bad credit record in the last 3 years.
    public var requireCleanCredit: Bool
    /// Every growth category with its routes.
    public var categories: [ListCategory: [GrowthRoute]]

    public init(placeholder: Bool, requireProvincialRegistration: Bool, requireCleanCredit: Bool,
                categories: [ListCategory: [GrowthRoute]]) {
        self.placeholder = placeholder
        self.requireProvincialRegistration = requireProvincialRegistration
        self.requireCleanCredit = requireCleanCredit
        self.categories = categories
    }

    /// DOMAIN.md §5's defaults; seed-unicorn and potential-gazelle are our own placeholders.
    public static let standard = GrowthPolicy(
        placeholder: true, requireProvincialRegistration: true, requireCleanCredit: true,
        categories: [
            .unicorn: [GrowthRoute(foundedWithinYears: 10, unlisted: true, valuationUSDMin: 1_000_000_000)],
            .potentialUnicorn: [
                GrowthRoute(foundedWithinYears: 5, valuationUSDMin: 100_000_000),
                GrowthRoute(foundedWithinYears: 9, foundedMoreThanYears: 5, valuationUSDMin: 500_000_000,
                            valuationUSDBelow: 1_000_000_000),
            ],
            .seedUnicorn: [GrowthRoute(foundedWithinYears: 5, unlisted: true, fundingCNYMin: 10_000_000)],
            .gazelle: [
                GrowthRoute(baseRevenueMinYuan: 10_000_000, revenueCAGRMin: Percent(20), cagrYears: 3,
                            lastYearGrowth: true),
                GrowthRoute(foundedWithinYears: 5, revenueAboveYuan: 500_000_000),
            ],
            .potentialGazelle: [
                GrowthRoute(baseRevenueMinYuan: 5_000_000, revenueCAGRMin: Percent(15), cagrYears: 2,
                            lastYearGrowth: true),
            ],
        ])
}
