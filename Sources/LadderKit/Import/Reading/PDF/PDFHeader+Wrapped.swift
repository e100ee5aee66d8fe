extension PDFHeader {
    /// Longest piece of a header that wrapped onto a line of its own (所属地 over 区).
    private static let maxPieceLength = 8

    /// The header completed by cells that wrapped onto the line just above or below it in a narrow
    /// column (所属地 above the header line, 区 below). A piece joins the cell it sits over or under,
    /// or makes a cell with the pieces over and under it; a line is used only when every piece on it
    /// then spells a known header, so a title or a first data row is never taken in.
    /// Returns the header and whether it used the line above and the line below.
    func completed(above: PDFLine?, below: PDFLine?) -> (header: PDFHeader, above: Bool, below: Bool) {
        if let above, let below, let both = merged(above: above, below: below) { return (both, true, true) }
        if let above, let merged = merged(above: above, below: nil) { return (merged, true, false) }
        if let below, let merged = merged(above: nil, below: below) { return (merged, false, true) }
        return (self, false, false)
    }

    private func merged(above: PDFLine?, below: PDFLine?) -> PDFHeader? {
        var cells = self.cells.map { (text: $0.text, start: $0.start, end: $0.end, changed: false) }
        var added: [(text: String, start: Int, end: Int)] = []
        for (line, isAbove) in [(above, true), (below, false)] {
            guard let line else { continue }
            for piece in line.chunks {
                guard piece.text.unicodeScalars.count <= PDFHeader.maxPieceLength,
                      !piece.text.contains(where: \.isNumber) else { return nil }
                let overlaps = { (start: Int, end: Int) in piece.start <= end && start <= piece.end }
                let hit = cells.indices.filter { overlaps(cells[$0].start, cells[$0].end) }
                if hit.count > 1 { return nil }
                if let k = hit.first {
                    cells[k].text = isAbove ? piece.text + cells[k].text : cells[k].text + piece.text
                    cells[k].changed = true
                } else if !isAbove, let k = added.indices.first(where: { overlaps(added[$0].start, added[$0].end) }) {
                    added[k] = (added[k].text + piece.text, min(added[k].start, piece.start),
                                max(added[k].end, piece.end))
                } else {
                    added.append((piece.text, piece.start, piece.end))
                }
            }
        }
        guard cells.allSatisfy({ !$0.changed || PDFHeader.field(of: $0.text) != nil }),
              added.allSatisfy({ PDFHeader.field(of: $0.text) != nil }) else { return nil }
        let all = cells.map { Cell(text: $0.text, start: $0.start, end: $0.end, field: PDFHeader.field(of: $0.text)) }
            + added.map { Cell(text: $0.text, start: $0.start, end: $0.end, field: PDFHeader.field(of: $0.text)) }
        return PDFHeader(cells: all.sorted { $0.start < $1.start })
    }
}
