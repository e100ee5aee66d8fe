/// Where a page's columns begin on the grid, and how a line of it is cut into cells.
///
/// The header says roughly where each column is, but a centred header sits to the right of its
/// left-aligned values; so each boundary is put in the gutter the page's lines leave blank
/// between one header cell and the next.
struct PDFColumns {
    /// How one line reads against the columns.
    enum Cut: Equatable {
        /// One text per column ("" for none).
        case cells([String])
        /// One run of text across a column boundary (a title, a note, a total): not a table row.
        case free(String)
    }

    let header: PDFHeader
    /// The first grid position of each column; the first column starts at 0.
    let starts: [Int]

    /// `lines`: the page's lines below the header, whose blank positions show the gaps.
    init(header: PDFHeader, lines: [PDFLine]) {
        self.header = header
        var starts = [0]
        for i in 1..<header.cells.count {
            let low = header.cells[i - 1].end, high = max(low, header.cells[i].start)
            // A boundary at b cuts a line when the line has text on both sides of it (b - 1 and b).
            // The boundary goes at the rightmost position cutting the fewest lines: right after the
            // previous column's text, just before this one's (numbers may be right-aligned, headers centred).
            var best = (start: low, cuts: Int.max)
            for b in low...high {
                let cuts = lines.reduce(0) { $0 + ($1.isText(at: b - 1) && $1.isText(at: b) ? 1 : 0) }
                if cuts <= best.cuts { best = (b, cuts) }
            }
            starts.append(best.start)
        }
        self.starts = starts
    }

    /// The column holding grid position `p`.
    func column(at p: Int) -> Int {
        var column = 0
        while column + 1 < starts.count, starts[column + 1] <= p { column += 1 }
        return column
    }

    /// Cuts a line into its columns' texts. A chunk crossing a boundary is split at a space next to
    /// the boundary when there is one; otherwise it goes to the column it overlaps most, unless it is
    /// the line's only text: then the line is `free`.
    func cut(_ line: PDFLine) -> Cut {
        var cells = Array(repeating: "", count: starts.count)
        let chunks = line.chunks
        for chunk in chunks {
            for piece in split(chunk, in: line) {
                let first = column(at: piece.start), last = column(at: piece.end - 1)
                var target = first
                if first != last {
                    if chunks.count == 1 { return .free(line.trimmed) }
                    target = (first...last).max { overlap(piece, $0) < overlap(piece, $1) } ?? first
                }
                cells[target] = cells[target].isEmpty ? piece.text : cells[target] + " " + piece.text
            }
        }
        return .cells(cells)
    }

    /// The chunk cut at each boundary it crosses where a single space lies within one position of it.
    private func split(_ chunk: PDFLine.Chunk, in line: PDFLine) -> [PDFLine.Chunk] {
        var pieces: [PDFLine.Chunk] = []
        var start = chunk.start
        for boundary in starts.dropFirst() where boundary > start && boundary < chunk.end {
            guard let space = [boundary - 1, boundary, boundary - 2].first(where: {
                $0 > start && $0 < chunk.end && !line.isText(at: $0)
            }) else { continue }
            pieces.append(PDFLine.Chunk(start: start, end: space, text: line.text(from: start, to: space)))
            start = space + 1
        }
        pieces.append(PDFLine.Chunk(start: start, end: chunk.end, text: line.text(from: start, to: chunk.end)))
        return pieces
    }

    private func overlap(_ piece: PDFLine.Chunk, _ column: Int) -> Int {
        let low = starts[column], high = column + 1 < starts.count ? starts[column + 1] : Int.max
        return max(0, min(piece.end, high) - max(piece.start, low))
    }
}
