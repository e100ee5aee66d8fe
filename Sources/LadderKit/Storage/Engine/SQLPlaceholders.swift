/// Placeholders as LadderKit writes them (SQLite's `?` and `?N`) rewritten as PostgreSQL numbers
/// them (`$N`). Outside quotes and comments only: a `?` in `'…?…'`, `"…?…"`, `-- …` or `/* … */`
/// is text. A bare `?` takes the number after the highest used so far, as in SQLite, so
/// `?1 … ? …` is `$1 … $2 …` and `? … ?1` is `$1 … $1`.
public enum SQLPlaceholders {
    public static func numbered(_ sql: String) -> String {
        var out = ""
        out.reserveCapacity(sql.utf8.count + 8)
        var highest = 0
        var characters = sql.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = characters.next()
        func advance() -> Unicode.Scalar? {
            let current = pending
            pending = characters.next()
            return current
        }
        while let c = advance() {
            switch c {
            case "'", "\"":
                // A quoted string or name runs to the next unescaped quote; a doubled quote is one quote.
                out.unicodeScalars.append(c)
                while let d = advance() {
                    out.unicodeScalars.append(d)
                    if d == c {
                        if pending == c { out.unicodeScalars.append(advance()!) } else { break }
                    }
                }
            case "-" where pending == "-":
                out.unicodeScalars.append(c)
                while let d = advance() {
                    out.unicodeScalars.append(d)
                    if d == "\n" { break }
                }
            case "/" where pending == "*":
                out.unicodeScalars.append(c)
                out.unicodeScalars.append(advance()!)
                var previous: Unicode.Scalar = " "
                while let d = advance() {
                    out.unicodeScalars.append(d)
                    if previous == "*", d == "/" { break }
                    previous = d
                }
            case "?":
                var digits = ""
                while let d = pending, ("0"..."9").contains(d) { digits.unicodeScalars.append(advance()!) }
                let number = Int(digits) ?? (highest + 1)
                highest = max(highest, number)
                out += "$\(number)"
            default:
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
