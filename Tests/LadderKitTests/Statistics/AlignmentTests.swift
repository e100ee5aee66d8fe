import Testing
@testable import LadderKit

/// Tables line up by display width: a Chinese character takes two columns, ASCII one.
@Suite struct AlignmentTests {
    /// Every cell of every line starts at a column the rule line under the header starts a segment at.
    static func columnsAlign(_ table: String) -> Bool {
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let ruleIndex = lines.firstIndex(where: { $0.hasPrefix("─") }) else { return false }
        var starts: [Int] = [], column = 0, previous: Character = " "
        for ch in lines[ruleIndex] {
            if ch == "─", previous == " " { starts.append(column) }
            column += DisplayWidth.of(String(ch))
            previous = ch
        }
        let body = lines[(ruleIndex - 1)...].prefix { !$0.isEmpty }
        for line in body where line != lines[ruleIndex] {
            var widths: [Int] = [0]  // display column at which each character starts
            for ch in line { widths.append(widths.last! + DisplayWidth.of(String(ch))) }
            let characters = Array(line)
            for start in starts.dropFirst() where start < widths.last! {  // trailing empty cells are trimmed
                // The two columns before each cell are padding spaces, and a character starts there.
                guard let i = widths.firstIndex(of: start), i >= 2, i <= characters.count,
                      characters[i - 1] == " ", characters[i - 2] == " " else { return false }
            }
        }
        return true
    }

    @Test func mixedChineseAndASCIINamesAlign() throws {
        let f = try PlanScenario.build()
        let table = try f.registry.expiring(asOf: StatsFixture.day("2026-10-01"), knownAt: PlanScenario.knownAt)
            .tabular.render(.table)
        #expect(table.contains("Yichun 宜春 Robotics 有限公司"))
        #expect(AlignmentTests.columnsAlign(table))
    }

    @Test func chineseHeadersAlignOverNumbers() throws {
        let f = try PlanScenario.build()
        let table = try f.registry.series(tier: .hnte, from: YearMonth(year: 2023, month: 11)!,
                                          to: YearMonth(year: 2024, month: 2)!, byCity: true, knownAt: PlanScenario.knownAt)
            .tabular(for: .table).render(.table)
        #expect(AlignmentTests.columnsAlign(table))
    }

    @Test func misalignedTextIsCaught() {
        let bad = "name  n\n────  ─\n中文  1"  // 中文 is 4 columns wide: the 1 starts at column 6, as it should
        #expect(AlignmentTests.columnsAlign(bad))
        #expect(!AlignmentTests.columnsAlign("name  n\n────  ─\n中文的  1"))
    }
}
