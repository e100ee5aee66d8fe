/// One row of a log query read through the seam, its columns by the names the query gives them:
/// the name after `AS`, else the column's own (`e.kind` is `kind`); the first of a name wins.
struct LogRow {
    let row: StoredRow
    let names: [String: Int]

    func text(_ name: String) -> String? { names[name].flatMap { row.text($0) } }
    func int64(_ name: String) -> Int64? { names[name].flatMap { row.int64($0) } }
    func int(_ name: String) -> Int { Int(int64(name) ?? 0) }

    /// The last `count` columns, as a row of their own (a record's columns listed at the end).
    func last(_ count: Int) -> StoredRow { StoredRow(Array(row.values.suffix(count))) }

    /// Column name → position, from the select list of `sql` (up to its first `FROM` outside
    /// parentheses and quotes).
    static func names(of sql: String) -> [String: Int] {
        var items: [String] = [], current = "", depth = 0, quoted = false
        let text = Array(sql.drop { $0.isWhitespace }.dropFirst("SELECT".count))
        var i = 0
        while i < text.count {
            let ch = text[i]
            if ch == "'" { quoted.toggle() }
            if !quoted {
                if ch == "(" { depth += 1 }
                if ch == ")" { depth -= 1 }
                if depth == 0, ch == "," { items.append(current); current = ""; i += 1; continue }
                if depth == 0, ch.isWhitespace, String(text[(i + 1)...].prefix(5)) == "FROM " { break }
            }
            current.append(ch)
            i += 1
        }
        items.append(current)
        var names: [String: Int] = [:]
        for (position, item) in items.enumerated() {
            let words = item.split(whereSeparator: \.isWhitespace)
            guard let lastWord = words.last else { continue }
            let name = words.count >= 3 && words[words.count - 2] == "AS"
                ? String(lastWord) : String(lastWord.split(separator: ".").last ?? lastWord)
            if names[name] == nil { names[name] = position }
        }
        return names
    }
}
