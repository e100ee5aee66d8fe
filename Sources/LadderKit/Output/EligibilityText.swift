/// The table form of `ladder check`: the verdict, then one line per criterion with its numbers.
public enum EligibilityText {
    public static func render(_ result: EligibilityResult, enterprise: String, knownAt: Moment?) -> String {
        var lines: [String] = []
        let category = result.category.map { " \($0.rawValue) \($0.chineseName)" } ?? ""
        lines.append("\(enterprise): \(result.tier.rawValue) \(result.tier.chineseName)\(category)")
        lines.append("fiscal year \(result.year) · as of \(result.asOf.iso) · "
            + (knownAt.map { "known at \($0.iso)" } ?? "known at: everything recorded")
            + " · policy \(result.policy.id) v\(result.policy.version)")
        lines.append("")
        lines.append("verdict: \(result.verdict.rawValue)")
        if let score = result.score {
            let total = score.total.map(\.description) ?? "\(score.lowest)–\(score.highest) (facts missing)"
            lines.append("score: \(total) (\(score.passMarkText))")
        }
        if !result.missing.isEmpty { lines.append("enter to decide: " + result.missing.joined(separator: ", ")) }
        if let note = result.note { lines.append("note: " + note) }
        lines.append("")
        var table = TextTable(headers: ["criterion", "verdict", "value", "threshold", "explanation"])
        for c in result.criteria { table.append([c.id, c.verdict.rawValue, c.value, c.threshold, c.explanation]) }
        lines.append(table.render())
        return TerminalText.sanitizeLines(lines.joined(separator: "\n"))
    }
}
