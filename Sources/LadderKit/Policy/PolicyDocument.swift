/// The JSON form of a `Policy`: snake_case keys, percentages as exact decimal numbers (`2.5`),
/// money in whole yuan. Decoding validates everything and names the JSON path of the first
/// problem; encoding writes pretty JSON with sorted keys that decodes back to an equal policy.
///
/// Layout: `{"id", "version", "validity": {hnte, tsme, growth, leader},
/// "prerequisites": {tier: [tier…]}, "eligibility": {tsme, hnte, growth, leader},
/// "statistics": {recertification_window_days}}`.
public enum PolicyDocument {
    static let keys = ["id", "version", "validity", "prerequisites", "eligibility", "statistics"]

    public static func decode(json text: String) throws(PolicyError) -> Policy {
        let root = try PolicyReader(try PolicyJSONParser.parse(text), path: "$", keys: keys)
        let id = try root.string("id")
        guard !id.isEmpty, id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }),
              id.first != "-" else {
            throw .invalid(path: root.path("id"), reason: PolicyWords(.badID, ["id": id]))
        }
        return Policy(
            id: id,
            version: try root.int("version", atLeast: 1),
            validity: try ValidityPolicy(try root.object("validity", keys: ["hnte", "tsme", "growth", "leader"], kind: .kindTier)),
            prerequisites: try PrerequisitePolicy(
                try root.object("prerequisites", keys: Tier.allCases.map(\.rawValue), kind: .kindTier)),
            eligibility: try EligibilityPolicy(
                try root.object("eligibility", keys: Tier.allCases.map(\.rawValue), kind: .kindTier)),
            // Added after the first documents were stored: absent means the default.
            statistics: root.has("statistics")
                ? try StatisticsPolicy(try root.object("statistics", keys: ["recertification_window_days"])) : .standard)
    }

    public static func encode(_ policy: Policy) -> String {
        PolicyJSON.object([
            "id": .string(policy.id),
            "version": .integer(policy.version),
            "validity": policy.validity.json,
            "prerequisites": policy.prerequisites.json,
            "eligibility": policy.eligibility.json,
            "statistics": policy.statistics.json,
        ]).rendered()
    }
}
