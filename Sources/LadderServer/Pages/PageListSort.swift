import LadderKit

/// A list page's order: `?sort=column&order=asc|desc`, a column by its key (`credit_code`,
/// `last_valid_day`); without `sort`, the library's own order. Numbers sort as numbers, text by
/// its characters, empty cells first; rows that tie keep the library's order in both directions.
struct PageListSort {
    let key: String?
    let descending: Bool

    /// A header's link: its column, ascending unless the page is sorted by it ascending already.
    struct Order {
        let key: String
        let descending: Bool
        var query: [(String, String)] { [("sort", key), ("order", descending ? "desc" : "asc")] }
    }

    init(key: String?, order: String?, table: Tabular) throws {
        if let key, !table.columns.contains(where: { $0.key == key }) {
            throw PageProblem(.badRequest, title: PageText.badRequestTitle.text(), message: PageText.badSort.text([
                "value": key, "columns": table.columns.map(\.key).joined(separator: ", "),
            ]))
        }
        switch order {
        case nil, "asc": descending = false
        case "desc": descending = true
        case let other?:
            throw PageProblem(.badRequest, title: PageText.badRequestTitle.text(),
                              message: PageText.badOrder.text(["value": other]))
        }
        self.key = key
    }

    func rows(of table: Tabular) -> [[Tabular.Value]] {
        guard let key, let column = table.columns.firstIndex(where: { $0.key == key }) else { return table.rows }
        return table.rows.enumerated().sorted { a, b in
            let (x, y) = (a.element[column], b.element[column])
            if PageListSort.less(x, y) { return !descending }
            if PageListSort.less(y, x) { return descending }
            return a.offset < b.offset
        }.map(\.element)
    }

    static func less(_ a: Tabular.Value, _ b: Tabular.Value) -> Bool {
        switch (number(a), number(b)) {
        case let (x?, y?): return x < y
        case (nil, _?): return a == .null
        case (_?, nil): return b != .null
        case (nil, nil): return text(a) < text(b)
        }
    }

    private static func number(_ value: Tabular.Value) -> Double? {
        switch value {
        case let .int(n): Double(n)
        case let .decimal(d, _): d
        default: nil
        }
    }

    private static func text(_ value: Tabular.Value) -> String {
        if case let .text(text) = value { return text }
        return ""
    }
}
