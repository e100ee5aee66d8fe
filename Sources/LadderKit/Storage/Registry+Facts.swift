import Foundation

extension Registry {
    /// Records a version of a firm's annual facts for `year`: only the fields given; a newer
    /// version wins field by field. An identical version already on file is not recorded again.
    public func setFacts(_ code: CreditCode, year: Int, facts: AnnualFacts, context: WriteContext) throws -> FactsOutcome {
        try writing { c in
            let enterprise = try Registry.requireEnterprise(c, code: code)
            let policy = try Registry.policy(c, knownAt: nil)
            let json = try FactsJSON.encode(facts)
            guard json != "{}" else { throw RegistryError.badFacts(code: code.text, year: year, problems: ["no figure given"]) }
            let current = try Registry.facts(c, enterpriseID: enterprise.id, knownAt: nil)[year]
            let merged = current.map { $0.merging(newer: facts) } ?? facts
            // A command is a new statement: it is unchanged only if the year's facts already say it.
            if merged == current { return .unchanged(merged) }
            // The year's facts as they would stand must make sense together, not just the new figures.
            let problems = merged.problems(policy: policy)
            guard problems.isEmpty else { throw RegistryError.badFacts(code: code.text, year: year, problems: problems) }
            let digest = FactsJSON.digest(json)
            try c.execute("""
                INSERT INTO fact (enterprise_id, year, facts, digest, recorded_at, operator, batch_id, command, client,
                                  operator_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.integer(enterprise.id), .init(year), .text(json), .integer(digest), .text(context.at.iso),
                      .text(context.operatorName), .init(context.batchID), .init(context.command),
                      .init(context.clientAddress), .init(context.operatorID)])
            try Registry.forgetImportedRow(c, enterpriseID: enterprise.id)
            return .recorded(merged)
        }
    }

    /// A firm's facts by year as known at `knownAt`, each year's versions merged oldest to newest.
    public func facts(of query: String, knownAt: Moment? = nil) throws -> (enterprise: Enterprise, byYear: [Int: AnnualFacts]) {
        try reading { c in
            let enterprise = try Registry.known(c, Registry.resolve(c, query: query, knownAt: knownAt), knownAt: knownAt)
            return (enterprise, try Registry.facts(c, enterpriseID: enterprise.id, knownAt: knownAt))
        }
    }

    static func facts(_ c: any RegistryConnection, enterpriseID: Int64, knownAt: Moment?) throws -> [Int: AnnualFacts] {
        // Cached: `candidates` asks this for every firm with facts.
        let rows = try c.cachedRows("""
            SELECT year, facts FROM fact f WHERE enterprise_id = ?1 AND recorded_at <= ?2
              AND NOT EXISTS (SELECT 1 FROM batch_void b WHERE b.batch_id = f.batch_id AND b.recorded_at <= ?2)
            ORDER BY year, id
            """, [.integer(enterpriseID), .text(knownAt?.iso ?? "9999")])
        var byYear: [Int: AnnualFacts] = [:]
        for row in rows {
            let version = try FactsJSON.decode(row.string(1))
            let year = row.int(0) ?? 0
            byYear[year] = byYear[year].map { $0.merging(newer: version) } ?? version
        }
        return byYear
    }
}

/// What `setFacts` did, with the year's facts as they now stand.
public enum FactsOutcome: Sendable {
    case recorded(AnnualFacts)
    case unchanged(AnnualFacts)
}

/// Facts as stored: a JSON object of the given fields only, keys sorted so equal facts are equal text.
enum FactsJSON {
    static func encode(_ facts: AnnualFacts) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(facts), as: UTF8.self)
    }

    static func decode(_ json: String) throws -> AnnualFacts {
        try JSONDecoder().decode(AnnualFacts.self, from: Data(json.utf8))
    }

    static func digest(_ json: String) -> Int64 {
        var hasher = FNV1a()
        hasher.add(json)
        return Int64(bitPattern: hasher.value)
    }
}
