/// The policy-document form of `GrowthPolicy`: snake_case keys, every value validated on reading.
extension GrowthPolicy {
    static let keys = ["placeholder", "require_provincial_registration", "require_clean_credit", "categories"]

    var json: PolicyJSON {
        var categories: [String: PolicyJSON] = [:]
        for (category, routes) in self.categories { categories[category.rawValue] = .array(routes.map(\.json)) }
        return .object([
            "placeholder": .bool(placeholder),
            "require_provincial_registration": .bool(requireProvincialRegistration),
            "require_clean_credit": .bool(requireCleanCredit),
            "categories": .object(categories),
        ])
    }

    init(_ r: PolicyReader) throws(PolicyError) {
        let names = ListCategory.categories(of: .growth).map(\.rawValue)
        let reader = try r.object("categories", keys: names, kind: .kindGrowthCategory)
        var categories: [ListCategory: [GrowthRoute]] = [:]
        for category in ListCategory.categories(of: .growth) {
            var routes: [GrowthRoute] = []
            for (value, path) in try reader.array(category.rawValue, nonEmpty: true) {
                routes.append(try GrowthRoute(try PolicyReader(value, path: path, keys: GrowthRoute.keys)))
            }
            categories[category] = routes
        }
        self.init(placeholder: try r.bool("placeholder"),
                  requireProvincialRegistration: try r.bool("require_provincial_registration"),
                  requireCleanCredit: try r.bool("require_clean_credit"),
                  categories: categories)
    }
}
