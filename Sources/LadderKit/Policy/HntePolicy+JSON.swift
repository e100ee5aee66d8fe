/// The policy-document form of `HntePolicy`: snake_case keys, every value validated on reading.
extension HntePolicy {
    static let keys = ["registration_days_min", "fields", "tech_staff_min_percent", "rd_years", "rd_bands",
                       "rd_in_china_min_percent", "high_tech_income_min_percent", "innovation_score_above",
                       HntePolicy.oldScoreKey,
                       "innovation_parts_max", "growth_rate_bands"]
    /// The key before scores could be fractions: `innovation_score_min: 71` meant "71 or more" of
    /// whole scores, i.e. above 70, and is read so.
    static let oldScoreKey = "innovation_score_min"
    static let partKeys = ["ip", "conversion", "rd_management", "growth"]

    var json: PolicyJSON {
        .object([
            "registration_days_min": .integer(registrationDaysMin),
            "fields": .array(fields.map { .string($0) }),
            "tech_staff_min_percent": .percent(techStaffMin),
            "rd_years": .integer(rdYears),
            "rd_bands": .array(rdBands.map(\.json)),
            "rd_in_china_min_percent": .percent(rdInChinaMin),
            "high_tech_income_min_percent": .percent(highTechIncomeMin),
            "innovation_score_above": .points(innovationScoreAbove),
            "innovation_parts_max": .object([
                "ip": .integer(innovationMaxima.ip), "conversion": .integer(innovationMaxima.conversion),
                "rd_management": .integer(innovationMaxima.rdManagement), "growth": .integer(innovationMaxima.growth),
            ]),
            "growth_rate_bands": .array(growthRateBands.map(\.json)),
        ])
    }

    init(_ r: PolicyReader) throws(PolicyError) {
        var fields: [String] = []
        for (value, path) in try r.array("fields", nonEmpty: true) {
            let name = try PolicyReader.string(value, path: path).trimmingSpaces()
            guard !name.isEmpty else { throw .invalid(path: path, reason: "a field name cannot be empty") }
            guard !fields.contains(name) else { throw .invalid(path: path, reason: "'\(name)' is listed twice") }
            fields.append(name)
        }
        let parts = try r.object("innovation_parts_max", keys: HntePolicy.partKeys)
        let maxima = InnovationMaxima(ip: try parts.int("ip"), conversion: try parts.int("conversion"),
                                      rdManagement: try parts.int("rd_management"), growth: try parts.int("growth"))
        guard maxima.total == 100 else {
            throw .invalid(path: r.path("innovation_parts_max"),
                           reason: "the parts add up to \(maxima.total); the innovation score is out of 100")
        }
        self.init(registrationDaysMin: try r.int("registration_days_min"),
                  fields: fields,
                  techStaffMin: try r.percent("tech_staff_min_percent"),
                  rdYears: try r.int("rd_years", atLeast: 1),
                  rdBands: try HnteRdBand.table(r, "rd_bands"),
                  rdInChinaMin: try r.percent("rd_in_china_min_percent"),
                  highTechIncomeMin: try r.percent("high_tech_income_min_percent"),
                  innovationScoreAbove: try HntePolicy.scoreAbove(r),
                  innovationMaxima: maxima,
                  growthRateBands: try PercentBand.table(r, "growth_rate_bands"))
        for (key, value) in [("tech_staff_min_percent", techStaffMin), ("rd_in_china_min_percent", rdInChinaMin),
                             ("high_tech_income_min_percent", highTechIncomeMin)] where value > Percent(100) {
            throw .invalid(path: r.path(key), reason: "\(value) is above 100%, a share cannot be met")
        }
        if let top = growthRateBands.first, top.points * 2 > maxima.growth {
            throw .invalid(path: r.path("growth_rate_bands") + "[0].points",
                           reason: "two rates at \(top.points) points exceed the growth part's maximum \(maxima.growth)")
        }
    }

    /// `innovation_score_above`, or the older `innovation_score_min` (whole scores, "at least"):
    /// min N is above N − 1, which is what it meant when every score was whole.
    private static func scoreAbove(_ r: PolicyReader) throws(PolicyError) -> Points {
        let new = "innovation_score_above"
        switch (r.has(new), r.has(oldScoreKey)) {
        case (true, true):
            throw .invalid(path: r.path(oldScoreKey), reason: "give innovation_score_above alone; "
                + "innovation_score_min is its older form (min 71 = above 70)")
        case (false, true):
            let min = try r.integer(oldScoreKey)
            guard min <= 100 else { throw .invalid(path: r.path(oldScoreKey), reason: "\(min) is above 100, the full score") }
            return Points(Int(min) - 1)
        default:
            let above = try r.points(new)
            guard above < Points(100) else {
                throw .invalid(path: r.path(new), reason: "\(above) cannot be passed; a score must be above it and the full score is 100")
            }
            return above
        }
    }
}
