/// What a printed page adds around the list: page numbers (第 1 页, - 1 -, 1/40, Page 1 of 2, a lone
/// number at the top or bottom) and running headers or footers (the same line at the top or
/// bottom of the neighbouring pages, page numbers aside). None of it is the list's text.
enum PDFPageFurniture {
    /// How many non-blank lines at each end of a page may be a running header or footer.
    static let edgeLines = 2

    /// Page numbers wherever they stand alone on a line: none of these can be a table row.
    /// (Regexes hold no mutable state once built; Regex is not marked Sendable.)
    nonisolated(unsafe) private static let pageNumberPatterns: [Regex<Substring>] = [
        #/第\s*\d+\s*页(?:\s*[,，、/]?\s*共\s*\d+\s*页)?/#,
        #/共\s*\d+\s*页\s*[,，、]?\s*第\s*\d+\s*页/#,
        #/[-－—–]\s*\d+\s*[-－—–]/#,
        #/\d+\s*\/\s*\d+/#,
        #/(?i)page\s*\d+(?:\s*(?:of|\/)\s*\d+)?/#,
    ]

    static func isPageNumber(_ text: String) -> Bool {
        pageNumberPatterns.contains { text.wholeMatch(of: $0) != nil }
    }

    /// A line's text with spaces dropped and every run of digits as `#`, so page 3's running footer
    /// "江西省科学技术厅 3" equals page 4's.
    static func key(_ text: String) -> String {
        var out = ""
        var inDigits = false
        for ch in text where !ch.isWhitespace {
            if ch.isASCII && ch.isNumber {
                if !inDigits { out.append("#") }
                inDigits = true
            } else {
                out.append(ch)
                inDigits = false
            }
        }
        return out
    }

    /// The keys of a page's first and last non-blank lines, compared with its neighbours'.
    static func edgeKeys(_ lines: [PDFLine]) -> Set<String> {
        let texts = lines.filter { !$0.isBlank }.map(\.trimmed)
        return Set((texts.prefix(edgeLines) + texts.suffix(edgeLines)).map(key))
    }

    /// Indexes of `lines` (one page) that are page furniture. `neighbours`: the edge keys of the
    /// pages before and after. `keep` says which lines must stay whatever they look like (a table
    /// header, which repeats on every page by design and is handled apart).
    static func indexes(in lines: [PDFLine], neighbours: Set<String>, keep: (Int) -> Bool) -> Set<Int> {
        let nonBlank = lines.indices.filter { !lines[$0].isBlank }
        let edges = Set(nonBlank.prefix(edgeLines) + nonBlank.suffix(edgeLines))
        var drop = Set<Int>()
        for i in nonBlank where !keep(i) {
            let text = lines[i].trimmed
            if isPageNumber(text) {
                drop.insert(i)
            } else if edges.contains(i) {
                let lone = text.allSatisfy { $0.isASCII && $0.isNumber }
                let isFirstOrLast = i == nonBlank.first || i == nonBlank.last
                if (lone && isFirstOrLast) || neighbours.contains(key(text)) { drop.insert(i) }
            }
        }
        return drop
    }
}
