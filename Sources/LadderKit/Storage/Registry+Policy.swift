import GRDB

extension Registry {
    /// The policy in force at `knownAt` (now, when nil): the newest document recorded by then,
    /// else the built-in `jiangxi-2023` v1.
    static func policy(_ c: any RegistryConnection, knownAt: Moment?) throws -> Policy {
        guard let text = try c.cachedRows("""
            SELECT document FROM policy WHERE recorded_at <= ? ORDER BY recorded_at DESC, id DESC LIMIT 1
            """, [.text(knownAt?.iso ?? "9999")]).first?.text(0) else { return .builtIn }
        do { return try PolicyDocument.decode(json: text) } catch {
            throw RegistryError.corrupt(detail: "a stored policy document no longer reads: \(error)")
        }
    }

    public func policy(knownAt: Moment? = nil) throws -> Policy {
        try reading { c in try Registry.policy(c, knownAt: knownAt) }
    }

    /// Validates and records a policy document, which is in force from now on. The same id and
    /// version with other content is refused: a changed policy needs a new version.
    public func importPolicy(json: String, context: WriteContext) throws -> PolicyImportOutcome {
        let policy: Policy
        do { policy = try PolicyDocument.decode(json: json) } catch { throw RegistryError.badPolicy(error) }
        let canonical = PolicyDocument.encode(policy)
        return try writing { c in
            if let existing = try c.text("SELECT document FROM policy WHERE policy_id = ? AND version = ?",
                                          [.text(policy.id), .integer(Int64(policy.version))]) {
                // Compared as policies, not text: a document stored before a key was renamed
                // (innovation_score_min → innovation_score_above) is the same policy in its old words.
                guard existing == canonical || (try? PolicyDocument.decode(json: existing)) == policy else {
                    throw RegistryError.policyVersionTaken(id: policy.id, version: policy.version)
                }
                return .unchanged(policy)
            }
            // The built-in default is never stored, but its id and version are taken all the same.
            if policy.id == Policy.builtIn.id, policy.version == Policy.builtIn.version, policy != Policy.builtIn {
                throw RegistryError.policyVersionTaken(id: policy.id, version: policy.version)
            }
            if policy == (try Registry.policy(c, knownAt: nil)) { return .unchanged(policy) }
            try c.execute("""
                INSERT INTO policy (policy_id, version, document, recorded_at, operator, client, operator_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [.text(policy.id), .integer(Int64(policy.version)), .text(canonical), .text(context.at.iso),
                      .text(context.operatorName), .init(context.clientAddress), .init(context.operatorID)])
            return .recorded(policy)
        }
    }

    /// Every policy recorded, oldest first, with when and by whom.
    public func policyHistory() throws -> [(policy: String, recordedAt: Moment, operatorName: String)] {
        try reading { c in
            try c.rows("SELECT policy_id, version, recorded_at, operator FROM policy ORDER BY id").map {
                ("\($0.string(0)) v\($0.int(1) ?? 0)", $0.moment(2) ?? Moment(microseconds: 0), $0.string(3))
            }
        }
    }
}

public enum PolicyImportOutcome: Sendable {
    case recorded(Policy)
    case unchanged(Policy)
}
