/// The policy-document form of `TsmePolicy`: snake_case keys, every value validated on reading.
extension TsmePolicy {
    static let keys = ["employees_max", "revenue_max_yuan", "total_assets_max_yuan", "direct_routes", "pass_score",
                       "tech_staff_score_must_be_positive", "tech_staff_bands", "rd_revenue_bands", "rd_cost_bands",
                       "ip_class1_min_count", "ip_class1_points", "ip_class2_bands"]

    var json: PolicyJSON {
        var routes: [String: PolicyJSON] = [:]
        for route in TsmeDirectRoute.allCases { routes[route.rawValue] = .bool(directRoutes.contains(route)) }
        return .object([
            "employees_max": .integer(employeesMax),
            "revenue_max_yuan": .integer(revenueMaxYuan),
            "total_assets_max_yuan": .integer(totalAssetsMaxYuan),
            "direct_routes": .object(routes),
            "pass_score": .integer(passScore),
            "tech_staff_score_must_be_positive": .bool(techStaffScoreMustBePositive),
            "tech_staff_bands": .array(techStaffBands.map(\.json)),
            "rd_revenue_bands": .array(rdRevenueBands.map(\.json)),
            "rd_cost_bands": .array(rdCostBands.map(\.json)),
            "ip_class1_min_count": .integer(ipClass1MinCount),
            "ip_class1_points": .integer(ipClass1Points),
            "ip_class2_bands": .array(ipClass2Bands.map(\.json)),
        ])
    }

    init(_ r: PolicyReader) throws(PolicyError) {
        let routeReader = try r.object("direct_routes", keys: TsmeDirectRoute.allCases.map(\.rawValue), kind: .kindDirectRoute)
        var routes = Set<TsmeDirectRoute>()
        for route in TsmeDirectRoute.allCases where try routeReader.bool(route.rawValue) { routes.insert(route) }
        self.init(employeesMax: try r.integer("employees_max"),
                  revenueMaxYuan: try r.integer("revenue_max_yuan"),
                  totalAssetsMaxYuan: try r.integer("total_assets_max_yuan"),
                  directRoutes: routes,
                  passScore: try r.int("pass_score", atLeast: 1),
                  techStaffScoreMustBePositive: try r.bool("tech_staff_score_must_be_positive"),
                  techStaffBands: try PercentBand.table(r, "tech_staff_bands"),
                  rdRevenueBands: try PercentBand.table(r, "rd_revenue_bands"),
                  rdCostBands: try PercentBand.table(r, "rd_cost_bands"),
                  ipClass1MinCount: try r.int("ip_class1_min_count", atLeast: 1),
                  ipClass1Points: try r.int("ip_class1_points"),
                  ipClass2Bands: try CountBand.table(r, "ip_class2_bands"))
        guard passScore <= maximumScore else {
            throw .invalid(path: r.path("pass_score"),
                           reason: PolicyWords(.unreachable, ["value": "\(passScore)", "maximum": "\(maximumScore)"]))
        }
    }
}
