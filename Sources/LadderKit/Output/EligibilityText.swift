/// The table form of `ladder check`: the verdict, then each criterion with its value, what the
/// rule needs and why — one block per criterion, fitting 100 columns (`wide`: one line each) —
/// in the reader's language.
public enum EligibilityText {
    public static func render(_ result: EligibilityResult, enterprise: String, knownAt: Moment?,
                              wide: Bool = false) -> String {
        let zh = Language.current == .zh
        var lines: [String] = []
        let category = result.category.map {
            CheckText.category.text(["name": zh ? $0.chineseName : "\($0.rawValue) \($0.chineseName)"])
        } ?? ""
        lines += TextWrap.lines(CheckText.heading.text([
            "enterprise": enterprise, "tier": zh ? result.tier.chineseName : "\(result.tier.rawValue) \(result.tier.chineseName)",
            "category": category]))
        let known = Heading.known(knownAt)
        lines += TextWrap.lines(CheckText.dates.text(["year": result.year, "asOf": result.asOf.iso, "known": known,
                                                      "policy": result.policy.id, "version": result.policy.version]))
        lines.append("")
        lines.append(CheckText.verdictLine.text(["verdict": result.verdict.name()]))
        if let score = result.score {
            let total = score.total.map { zh ? "\($0) 分" : $0.description }
                ?? CheckText.scoreOpen.text(["lowest": score.lowest, "highest": score.highest])
            let mark = (score.passMarkPasses ? CheckText.passMark : .passMarkAbove).text(["mark": score.passMark])
            lines.append(CheckText.scoreLine.text(["total": total, "mark": mark]))
        }
        if !result.missing.isEmpty {
            lines += TextWrap.lines(result.missing.map { FactText.missing($0) }.joined(separator: CheckText.listSeparator.text()),
                                    first: CheckText.enterToDecide.text(), rest: "  ")
        }
        if let note = result.notePhrase?.text() { lines += TextWrap.lines(note, first: CheckText.noteLine.text(), rest: "  ") }
        lines.append("")
        if wide {
            var table = TextTable(headers: [CheckText.columnCriterion, .columnVerdict, .columnValue, .columnThreshold,
                                            .columnExplanation].map { $0.text() })
            for c in result.criteria {
                table.append([c.id, c.verdict.name(), c.phrases.value.text(), c.phrases.threshold.text(),
                              c.phrases.explanation.text()])
            }
            lines.append(table.render())
        } else {
            lines += result.criteria.flatMap(block)
        }
        return TerminalText.sanitizeLines(lines.joined(separator: "\n"))
    }

    /// `pass     hnte.registered_days — registered at least a year before applying`, then the
    /// value and the threshold under it, indented past the verdict.
    private static func block(_ c: Criterion) -> [String] {
        let verdict = padded(c.verdict.name(), to: 9)
        let indent = String(repeating: " ", count: 9)
        let (value, needs) = (CheckText.value.text(), CheckText.needs.text())
        let width = max(DisplayWidth.of(value), DisplayWidth.of(needs)) + 2
        let under = indent + String(repeating: " ", count: width)
        return TextWrap.lines("\(c.id) — \(c.phrases.explanation.text())", first: verdict, rest: indent)
            + TextWrap.lines(c.phrases.value.text(), first: indent + padded(value, to: width), rest: under)
            + TextWrap.lines(c.phrases.threshold.text(), first: indent + padded(needs, to: width), rest: under)
    }

    /// `text` followed by spaces up to `width` terminal columns (a Chinese character takes two).
    private static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
