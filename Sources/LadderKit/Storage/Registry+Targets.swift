/// Plan targets: appended like events, the latest per tier and region in force.
extension Registry {
    /// Records a target of `count` firms validly holding `tier` in `region` by `due`.
    @discardableResult
    public func setTarget(tier: Tier, count: Int, due: Day, region: TargetRegion = .province,
                          context: WriteContext) throws -> Target {
        try writing { c in
            // The same target already in force for this tier and region: nothing to record.
            if let row = try c.rows("""
                SELECT id, count, due_on FROM target WHERE tier = ? AND region = ? ORDER BY id DESC LIMIT 1
                """, [.text(tier.rawValue), .text(region.stored)]).first,
               row.int(1) == count, row.text(2) == due.iso {
                throw RegistryError.targetAlreadySet(id: row.id(0), label: "\(count) \(tier.rawValue) (\(tier.chineseName)) "
                    + "in \(region.name) by \(due.iso)")
            }
            let id = try c.insertReturningID("""
                INSERT INTO target (tier, region, count, due_on, recorded_at, operator, note, client, operator_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(tier.rawValue), .text(region.stored), .init(count), .text(due.iso), .text(context.at.iso),
                      .text(context.operatorName), .init(context.note), .init(context.clientAddress),
                      .init(context.operatorID)])
            return Target(id: id, tier: tier, region: region, count: count, due: due,
                          recordedAt: context.at, operatorName: context.operatorName, note: context.note)
        }
    }

    /// Each target in force at `knownAt` (only those for `region` and the regions within it, when
    /// given: a city's own and its counties'; the province's are all), with the count on `asOf`,
    /// one year earlier, and the projection to its due day.
    public func targets(region: TargetRegion? = nil, asOf: Day, knownAt: Moment? = nil) throws -> TargetReport {
        try reading { c in
            // SQLite's own statistics statements on a file, the same reads through the seam on a server.
            if let db = (c as? GRDBConnection)?.database {
                return try Registry.targets(SQLiteStatisticsReads(db: db), c, region: region, asOf: asOf, knownAt: knownAt)
            }
            return try Registry.targets(ConnectionStatisticsReads(connection: c), c, region: region, asOf: asOf,
                                        knownAt: knownAt)
        }
    }

    /// `targets` from `reads`, the targets themselves read through `c` in the same snapshot.
    static func targets(_ reads: some StatisticsReads, _ c: any RegistryConnection, region: TargetRegion?, asOf: Day,
                        knownAt: Moment?) throws -> TargetReport {
        let policy = try reads.policy(knownAt: knownAt)
        let rule = try reads.termRule(policy: policy, knownAt: knownAt)
        let corrections = try reads.corrections(knownAt: knownAt)
        let yearBefore = asOf.civilPeriodEnd(months: -12)
        var held: [String: Holdings] = [:]
        func count(_ target: Target, on day: Day) throws -> Int {
            let key = "\(target.tier.rawValue) \(day.iso)"
            if held[key] == nil {
                held[key] = try Registry.holdings(reads, tier: target.tier, on: day, rule: rule,
                                                  corrections: corrections, knownAt: knownAt)
            }
            return held[key]!.list.reduce(0) { $0 + (target.region.contains($1.place) ? 1 : 0) }
        }
        let rows = try Registry.targetsInForce(c, knownAt: knownAt)
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

    /// The latest target recorded by `knownAt` for each tier and region, by tier then region.
    static func targetsInForce(_ c: any RegistryConnection, knownAt: Moment?) throws -> [Target] {
        try c.rows("""
            SELECT t.id, t.tier, t.region, t.count, t.due_on, t.recorded_at, t.operator, t.note FROM target t
            WHERE t.recorded_at <= ?1 AND NOT EXISTS (
                SELECT 1 FROM target later WHERE later.tier = t.tier AND later.region = t.region
                  AND later.recorded_at <= ?1 AND later.id > t.id)
            """, [.text(knownBound(knownAt))]).map { row in
            guard let tier = row.text(1).flatMap(Tier.init(rawValue:)), let region = row.text(2).flatMap(TargetRegion.init(stored:)),
                  let count = row.int(3), let due = row.day(4), let recordedAt = row.moment(5) else {
                throw RegistryError.corrupt(detail: "target \(row.id(0)) is unreadable")
            }
            return Target(id: row.id(0), tier: tier, region: region, count: count, due: due,
                          recordedAt: recordedAt, operatorName: row.string(6), note: row.text(7))
        }.sorted { ($0.tier, $0.region) < ($1.tier, $1.region) }
    }
}
