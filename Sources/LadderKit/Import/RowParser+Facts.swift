/// A row's annual facts: figures, yes/no facts and scores, for the year of its 年度 column or --year.
extension RowParser {
    func parseFacts(_ cursor: inout Cursor, into row: inout ParsedRow, required: Bool) {
        // The figures found are gathered on the stack: a roster without a year keeps none of
        // them, and an array made and freed for every row cost more than reading them.
        withUnsafeTemporaryAllocation(of: FoundFact.self, capacity: factPlan.count + 1) { buffer in
            var found = FoundFacts(buffer: buffer)
            parseFacts(&cursor, into: &row, required: required, found: &found)
            found.removeAll()
        }
    }

    /// One figure read, with its place among the row's facts (`FactColumn.rank`).
    typealias FoundFact = (rank: Int, field: ImportField, value: FactValue)

    private func parseFacts(_ cursor: inout Cursor, into row: inout ParsedRow, required: Bool, found: inout FoundFacts) {
        var accidents: [Bool] = []
        // By index: the plain case reads three trivial fields, not a copy of the whole column.
        for i in factPlan.indices {
            let field = factPlan[i].field
            if let value = cursor.plainFact(field, factPlan[i].plain) {
                found.append((factPlan[i].rank, field, value))
                continue
            }
            guard let text = cursor.text(field) else { continue }
            let column = factPlan[i]
            switch column.reading {
            case let .money(unit, allowNegative):
                switch ValueParser.money(text, unit: unit, allowNegative: allowNegative) {
                case let .success(yuan): found.append((column.rank, field, .number(yuan)))
                case let .failure(problem): cursor.reject(field, text, problem.message(value: text))
                }
            case let .valuation(unit):
                if case let .unsupported(name) = unit {
                    cursor.reject(field, text, ImportProblemText.valuationUnit.text(["unit": name]))
                    continue
                }
                switch ValueParser.money(text, unit: unit) {
                case let .success(dollars): found.append((column.rank, field, .number(dollars)))
                case let .failure(problem): cursor.reject(field, text, problem.message(value: text))
                }
            case let .flag(accident):
                switch ValueParser.flag(text) {
                case let .success(on) where accident: accidents.append(on)
                case let .success(on): found.append((column.rank, field, .flag(on)))
                case let .failure(problem): cursor.reject(field, text, problem.message(value: text))
                }
            case .score:
                // Out of 100 here; each part's own maximum is the policy's, checked with the registry.
                switch ValueParser.score(text, maximum: Points(100)) {
                case let .success(points): found.append((column.rank, field, .points(points)))
                case let .failure(problem): cursor.reject(field, text, problem.message(value: text))
                }
            case .count:
                switch ValueParser.integer(text) {
                case let .success(number): found.append((column.rank, field, .number(Int64(number))))
                case let .failure(problem): cursor.reject(field, text, problem.message(value: text))
                }
            }
        }
        if let accident = majorAccident(cursor, given: accidents) {
            found.append((accidentRank, .majorAccident, .flag(accident)))
        }
        guard !found.isEmpty || !accidents.isEmpty else {
            if required { cursor.reject(column: "", value: "", ImportProblemText.noFigures.text()) }
            return
        }
        // A part larger than its whole is refused here as `facts set` refuses it (AnnualFacts.problems).
        for (part, whole) in RowParser.partsOfWholes {
            if let p = found.number(part), let w = found.number(whole), p > w, let partText = cursor.text(part) {
                let values: KeyValuePairs<String, any CustomStringConvertible> = [
                    "part": cursor.header(part) ?? part.rawValue, "value": partText,
                    "whole": cursor.header(whole) ?? whole.rawValue, "wholeValue": cursor.text(whole) ?? "",
                ]
                cursor.reject(part, partText, ImportProblemText.partAboveWhole.text(values))
            }
        }
        guard !found.isEmpty else { return }
        guard let year = cursor.year(.year) ?? options.year else {
            cursor.factsWithoutYear = true
            return
        }
        // In key order, by the ranks fixed with the columns: an insertion sort of a few entries,
        // stable as sorting by key was.
        found.sortByRank()
        row.facts = (year, found.keyed)
    }

    /// Figures that may not exceed another: tech staff, R&D spent in China, high-tech income.
    static let partsOfWholes: [(part: ImportField, whole: ImportField)] = [
        (.techStaff, .employees), (.rdExpenseInChina, .rdExpense), (.highTechIncome, .totalIncome),
    ]

    /// Any 是 among the accident columns means a major accident; 否 means none only when it covers
    /// all three kinds (the combined column, or each of 重大安全事故, 重大质量事故, 严重环境违法);
    /// otherwise the fact stays unknown.
    private func majorAccident(_ cursor: Cursor, given: [Bool]) -> Bool? {
        if given.contains(true) { return true }
        if cursor.text(.majorAccident) != nil, !cursor.hasError(.majorAccident) { return false }
        let allNo = ImportField.accidentFields.allSatisfy { cursor.text($0) != nil && !cursor.hasError($0) }
        return allNo ? false : nil
    }
}
