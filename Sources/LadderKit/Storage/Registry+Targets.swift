import GRDB

/// Plan targets: appended like events, the latest per tier and region in force.
extension Registry {
    /// Records a target of `count` firms validly holding `tier` in `region` by `due`.
    @discardableResult
    public func setTarget(tier: Tier, count: Int, due: Day, region: TargetRegion = .province,
                          context: WriteContext) throws -> Target {
        try transaction { db in
            // The same target already in force for this tier and region: nothing to record.
            if let row = try Row.fetchOne(db, sql: """
                SELECT id, count, due_on FROM target WHERE tier = ? AND region = ? ORDER BY id DESC LIMIT 1
                """, arguments: [tier.rawValue, region.stored]),
               row["count"] as Int == count, row["due_on"] as String == due.iso {
                throw RegistryError.targetAlreadySet(id: row["id"], label: "\(count) \(tier.rawValue) (\(tier.chineseName)) "
                    + "in \(region.name) by \(due.iso)")
            }
            try db.execute(sql: """
                INSERT INTO target (tier, region, count, due_on, recorded_at, operator, note, client, operator_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [tier.rawValue, region.stored, count, due.iso, context.at.iso, context.operatorName,
                                 context.note, context.clientAddress, context.operatorID])
            return Target(id: db.lastInsertedRowID, tier: tier, region: region, count: count, due: due,
                          recordedAt: context.at, operatorName: context.operatorName, note: context.note)
        }
    }

    /// Each target in force at `knownAt` (only those for `region` and the regions within it, when
    /// given: a city's own and its counties'; the province's are all), with the count on `asOf`,
    /// one year earlier, and the projection to its due day.
    public func targets(region: TargetRegion? = nil, asOf: Day, knownAt: Moment? = nil) throws -> TargetReport {
        try statisticsRead { db in
            let policy = try Registry.policy(db, knownAt: knownAt)
            let rule = try Registry.termRule(db, policy: policy, knownAt: knownAt)
            let corrections = try Registry.corrections(db, knownAt: knownAt)
            let yearBefore = asOf.civilPeriodEnd(months: -12)
            var held: [String: Holdings] = [:]
            func count(_ target: Target, on day: Day) throws -> Int {
                let key = "\(target.tier.rawValue) \(day.iso)"
                if held[key] == nil {
                    held[key] = try Registry.holdings(db, tier: target.tier, on: day, rule: rule,
                                                      corrections: corrections, knownAt: knownAt)
                }
                return held[key]!.list.reduce(0) { $0 + (target.region.contains($1.place) ? 1 : 0) }
            }
            let rows = try Registry.targetsInForce(db, knownAt: knownAt)
                .filter { region?.includes($0.region) ?? true }
                .map { target in
                    let current = try count(target, on: asOf), before = try count(target, on: yearBefore)
                    let projection = TargetReport.projection(current: current, before: before,
                                                             elapsedDays: yearBefore.days(until: asOf),
                                                             remainingDays: asOf.days(until: target.due))
                    return TargetReport.Row(target: target, current: current, yearBefore: before, projection: projection,
                                            status: TargetReport.status(target: target.count, current: current,
                                                                        projection: projection, asOf: asOf,
                                                                        due: target.due))
                }
            return TargetReport(asOf: asOf, yearBefore: yearBefore, region: region, knownAt: knownAt, policy: policy, rows: rows)
        }
    }

    /// The latest target recorded by `knownAt` for each tier and region, by tier then region.
    static func targetsInForce(_ db: Database, knownAt: Moment?) throws -> [Target] {
        try Row.fetchAll(db, sql: """
            SELECT t.* FROM target t
            WHERE t.recorded_at <= ?1 AND NOT EXISTS (
                SELECT 1 FROM target later WHERE later.tier = t.tier AND later.region = t.region
                  AND later.recorded_at <= ?1 AND later.id > t.id)
            """, arguments: [knownBound(knownAt)]).map { row in
            guard let tier = Tier(rawValue: row["tier"]), let region = TargetRegion(stored: row["region"]),
                  let due = Day(iso: row["due_on"] as String),
                  let recordedAt = Moment(parsing: row["recorded_at"], defaultOffsetSeconds: 0) else {
                throw RegistryError.corrupt(detail: "target \(row["id"] as Int64) is unreadable")
            }
            return Target(id: row["id"], tier: tier, region: region, count: row["count"], due: due,
                          recordedAt: recordedAt, operatorName: row["operator"], note: row["note"])
        }.sorted { ($0.tier, $0.region) < ($1.tier, $1.region) }
    }
}
