/// The English words a Chinese reader would meet in a text: words of two or more Latin letters,
/// other than what machines read and a clerk types as written — flags (`--as-of`), variables
/// (`$LADDER_DB`), identifiers with `_`, `.` or `/` (`as_of`, `ladder.sqlite`), codes with digits
/// (`GR202336000002`, `v1`) and the few names in `allowed` (the tiers' codes, file formats, UTC…).
enum EnglishWords {
    /// Words that stay as they are in Chinese text: values a clerk types (`--tier hnte`, `--by city`,
    /// `--format json`), file kinds, units and names of software.
    static let allowed: Set<String> = [
        "tsme", "hnte", "growth", "leader", "position",  // --tier and --by values
        "city", "county", "field", "tier", "ganjiang",  // --by and --region values
        "table", "csv", "json", "ndjson", "xlsx", "xls", "pdf", "html", "xml", "txt", "sql", "sqlite", "sqlite3",
        "utc", "utf", "bom", "gb18030", "gbk", "zh", "en", "ladder", "excel", "wps", "http", "https", "api",
        "yyyy", "mm", "dd", "id", "ok", "rd",
        "postgresql",  // the database server a province may keep its registry on
        "pdftotext", "poppler",  // the program import reads a PDF with, and the tools it comes in
        "authorization", "bearer",  // the header a script sends its token in, typed as written
    ]

    /// The English words of `text`, in order, each once.
    static func find(in text: String) -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        for token in tokens(of: text) where isEnglishWord(token) && seen.insert(token).inserted {
            found.append(token)
        }
        return found
    }

    /// Runs of ASCII letters, digits and `-_./$` (what a flag, path, variable or code is made of),
    /// outside code spans: a command quoted as typed (`` `ladder facts set CODE` ``) is code.
    private static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inCode = false
        for scalar in text.unicodeScalars {
            if scalar == "`" { inCode.toggle() }
            if inCode || scalar == "`" {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                continue
            }
            let isPart = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                                            || "-_./$@:".unicodeScalars.contains(scalar))
            if isPart {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens.map { $0.trimmingTrailing(".:") }
    }

    private static func isEnglishWord(_ token: String) -> Bool {
        if token.hasPrefix("-") || token.hasPrefix("$") { return false }
        if token.contains(where: { "_./@:".contains($0) || $0.isNumber }) { return false }
        let letters = token.filter(\.isLetter)
        guard letters.count >= 2 else { return false }
        return !token.split(separator: "-").allSatisfy { allowed.contains($0.lowercased()) }
    }
}

private extension String {
    func trimmingTrailing(_ characters: String) -> String {
        var result = self
        while let last = result.last, characters.contains(last) { result.removeLast() }
        return result
    }
}
