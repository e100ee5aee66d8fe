/// The table form of `ladder check`: the verdict, then each criterion with its value, what the
/// rule needs and why — one block per criterion, fitting 100 columns (`wide`: one line each).
public enum EligibilityText {
    public static func render(_ result: EligibilityResult, enterprise: String, knownAt: Moment?,
                              wide: Bool = false) -> String {
        var lines: [String] = []
        let category = result.category.map { " \($0.rawValue) \($0.chineseName)" } ?? ""
        lines += TextWrap.lines("\(enterprise): \(result.tier.rawValue) \(result.tier.chineseName)\(category)")
        lines += TextWrap.lines("fiscal year \(result.year) · as of \(result.asOf.iso) · "
            + (knownAt.map { "known at \($0.iso)" } ?? "known at: everything recorded")
            + " · policy \(result.policy.id) v\(result.policy.version)")
        lines.append("")
        lines.append("verdict: \(result.verdict.rawValue)")
        if let score = result.score {
            let total = score.total.map(\.description) ?? "\(score.lowest)–\(score.highest) (facts missing)"
            lines.append("score: \(total) (\(score.passMarkText))")
        }
        if !result.missing.isEmpty {
            lines += TextWrap.lines(result.missing.joined(separator: ", "), first: "enter to decide: ", rest: "  ")
        }
        if let note = result.note { lines += TextWrap.lines(note, first: "note: ", rest: "  ") }
        lines.append("")
        if wide {
            var table = TextTable(headers: ["criterion", "verdict", "value", "threshold", "explanation"])
            for c in result.criteria { table.append([c.id, c.verdict.rawValue, c.value, c.threshold, c.explanation]) }
            lines.append(table.render())
        } else {
            lines += result.criteria.flatMap(block)
        }
        return TerminalText.sanitizeLines(lines.joined(separator: "\n"))
    }

    /// `pass     hnte.registered_days — registered at least a year before applying`, then the
    /// value and the threshold under it, indented past the verdict.
    private static func block(_ c: Criterion) -> [String] {
        let verdict = c.verdict.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
        let indent = String(repeating: " ", count: 9)
        return TextWrap.lines("\(c.id) — \(c.explanation)", first: verdict, rest: indent)
            + TextWrap.lines(c.value, first: indent + "value  ", rest: indent + "       ")
            + TextWrap.lines(c.threshold, first: indent + "needs  ", rest: indent + "       ")
    }
}
