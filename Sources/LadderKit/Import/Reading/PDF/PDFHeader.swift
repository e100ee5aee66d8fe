/// A line of a PDF list that names its columns: each cell's text, where it sits on the grid, and
/// the field its text means (nil for a column no alias knows, which is still a column).
struct PDFHeader {
    struct Cell: Equatable {
        let text: String
        let start: Int
        let end: Int
        let field: ImportField?
    }

    let cells: [Cell]

    /// The fields in order: a header repeated on a later page names the same ones, wherever it sits.
    var signature: [ImportField?] { cells.map(\.field) }

    /// Longest header a run of letter-spaced words may spell (企 业 名 称 is four words).
    private static let maxWordsPerCell = 10

    /// The line read as a header, or nil when fewer than two known fields are named, or when
    /// most of its cells name nothing (a sentence that happens to hold 名称 is not a header).
    init?(_ line: PDFLine) {
        let words = line.words
        var cells: [Cell] = []
        var i = 0
        while i < words.count {
            // The longest run of words, spaced by at most two positions, that spells a known header.
            var matched: (end: Int, field: ImportField)?
            var joined = ""
            var j = i
            while j < words.count, j - i < PDFHeader.maxWordsPerCell {
                if j > i, words[j].start - words[j - 1].end > 2 { break }
                joined += words[j].text
                if let field = PDFHeader.field(of: joined) { matched = (j + 1, field) }
                j += 1
            }
            if let matched {
                let text = words[i..<matched.end].map(\.text).joined()
                cells.append(Cell(text: text, start: words[i].start, end: words[matched.end - 1].end,
                                  field: matched.field))
                i = matched.end
                continue
            }
            // Unknown words: one space apart they are one header (e.g. "Company name"), else one each.
            if let last = cells.last, last.field == nil, words[i].start - last.end == 1 {
                cells[cells.count - 1] = Cell(text: last.text + " " + words[i].text, start: last.start,
                                              end: words[i].end, field: nil)
            } else {
                cells.append(Cell(text: words[i].text, start: words[i].start, end: words[i].end, field: nil))
            }
            i += 1
        }
        let known = cells.compactMap(\.field)
        guard Set(known).count >= 2, known.count * 2 >= cells.count else { return nil }
        self.cells = cells
    }

    init(cells: [Cell]) {
        self.cells = cells
    }

    static func field(of text: String) -> ImportField? {
        let field = HeaderMatcher.lookup[HeaderMatcher.key(text).key]
        return field == .rejectInfo ? nil : field
    }
}
