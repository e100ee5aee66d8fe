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
            guard !name.isEmpty else { throw .invalid(path: path, reason: PolicyWords(.nameEmpty)) }
            guard !fields.contains(name) else { throw .invalid(path: path, reason: PolicyWords(.fieldListedTwice, ["value": name])) }
            fields.append(name)
        }
        let parts = try r.object("innovation_parts_max", keys: HntePolicy.partKeys)
        let maxima = InnovationMaxima(ip: try parts.int("ip"), conversion: try parts.int("conversion"),
                                      rdManagement: try parts.int("rd_management"), growth: try parts.int("growth"))
        guard maxima.total == 100 else {
            throw .invalid(path: r.path("innovation_parts_max"),
                           reason: PolicyWords(.partsTotal, ["total": "\(maxima.total)"]))
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
            throw .invalid(path: r.path(key), reason: PolicyWords(.aboveHundredPercent, ["value": "\(value)"]))
        }
        if let top = growthRateBands.first, top.points * 2 > maxima.growth {
            throw .invalid(path: r.path("growth_rate_bands") + "[0].points",
                           reason: PolicyWords(.growthPartExceeded, ["points": "\(top.points)", "maximum": "\(maxima.growth)"]))
        }
    }

    /// `innovation_score_above`, or the older `innovation_score_min` (whole scores, "at least"):
    /// min N is above N − 1, which is what it meant when every score was whole.
    private static func scoreAbove(_ r: PolicyReader) throws(PolicyError) -> Points {
        let new = "innovation_score_above"
        switch (r.has(new), r.has(oldScoreKey)) {
        case (true, true):
            throw .invalid(path: r.path(oldScoreKey), reason: PolicyWords(.scoreBothKeys))
        case (false, true):
            let min = try r.integer(oldScoreKey)
            guard min <= 100 else { throw .invalid(path: r.path(oldScoreKey), reason: PolicyWords(.aboveFullScore, ["value": "\(min)"])) }
            return Points(Int(min) - 1)
        default:
            let above = try r.points(new)
            guard above < Points(100) else {
                throw .invalid(path: r.path(new), reason: PolicyWords(.scoreUnpassable, ["value": "\(above)"]))
            }
            return above
        }
    }
}
