/// A row's annual facts: figures, yes/no facts and scores, for the year of its 年度 column or --year.
extension RowParser {
    func parseFacts(_ cursor: inout Cursor, into row: inout ParsedRow, required: Bool) {
        var values: [(key: String, value: FactValue)] = []
        var accidents: [Bool] = []
        for column in factColumns {
            let field = column.field
            guard let text = cursor.text(field) else { continue }
            if ImportField.moneyFields.contains(field) {
                switch ValueParser.money(text, unit: column.unit ?? .wan, allowNegative: field == .netAssets) {
                case let .success(yuan): values.append((field.rawValue, .number(yuan)))
                case let .failure(problem): cursor.reject(field, text, problem.message(value: text))
                }
            } else if field == .valuationUSD {
                // In US dollars: the header's (美元), (万美元) or (亿美元), 美元 when it names none.
                let unit = column.unit ?? .yuan
                if case let .unsupported(name) = unit {
                    cursor.reject(field, text, ImportProblemText.valuationUnit.text(["unit": name]))
                    continue
                }
                switch ValueParser.money(text, unit: unit) {
                case let .success(dollars): values.append((field.rawValue, .number(dollars)))
                case let .failure(problem): cursor.reject(field, text, problem.message(value: text))
                }
            } else if ImportField.flagFields.contains(field) {
                switch ValueParser.flag(text) {
                case let .success(on) where field == .majorAccident || ImportField.accidentFields.contains(field):
                    accidents.append(on)
                case let .success(on): values.append((field.rawValue, .flag(on)))
                case let .failure(problem): cursor.reject(field, text, problem.message(value: text))
                }
            } else if ImportField.scoreFields.contains(field) {
                // Out of 100 here; each part's own maximum is the policy's, checked with the registry.
                switch ValueParser.score(text, maximum: Points(100)) {
                case let .success(points): values.append((field.rawValue, .points(points)))
                case let .failure(problem): cursor.reject(field, text, problem.message(value: text))
                }
            } else {
                switch ValueParser.integer(text) {
                case let .success(number): values.append((field.rawValue, .number(Int64(number))))
                case let .failure(problem): cursor.reject(field, text, problem.message(value: text))
                }
            }
        }
        if let accident = majorAccident(cursor, given: accidents) {
            values.append((ImportField.majorAccident.rawValue, .flag(accident)))
        }
        guard !values.isEmpty || !accidents.isEmpty else {
            if required { cursor.reject(column: "", value: "", ImportProblemText.noFigures.text()) }
            return
        }
        // A part larger than its whole is refused here as `facts set` refuses it (AnnualFacts.problems).
        let figure = { (field: ImportField) -> Int64? in
            guard case let .number(n)? = values.first(where: { $0.key == field.rawValue })?.value else { return nil }
            return n
        }
        for (part, whole) in [(ImportField.techStaff, ImportField.employees), (.rdExpenseInChina, .rdExpense),
                              (.highTechIncome, .totalIncome)] {
            if let p = figure(part), let w = figure(whole), p > w, let partText = cursor.text(part) {
                let values: KeyValuePairs<String, any CustomStringConvertible> = [
                    "part": cursor.header(part) ?? part.rawValue, "value": partText,
                    "whole": cursor.header(whole) ?? whole.rawValue, "wholeValue": cursor.text(whole) ?? "",
                ]
                cursor.reject(part, partText, ImportProblemText.partAboveWhole.text(values))
            }
        }
        guard !values.isEmpty else { return }
        guard let year = cursor.year(.year) ?? options.year else {
            cursor.factsWithoutYear = true
            return
        }
        row.facts = (year, values.sorted { $0.key < $1.key })
    }

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
