/// Puts a page's table lines back together into rows: a cell too long for its column wraps onto
/// lines of its own, above, below or around the line holding the row's other cells, depending on
/// how the writer aligned the cells vertically. Those lines are joined into their row.
struct PDFRowAssembler {
    /// One line of the table's body, cut into columns.
    enum Line: Equatable {
        /// Text in a column that never wraps (序号, a code, a number, a date): it starts a row.
        case anchor([String])
        /// Text only in columns that wrap (names, places, notes): part of a row's cells.
        case fragment([String])
        /// A line across the columns (合计, 注, …): emitted as one cell.
        case free(String)
        /// A blank line: a wider gap, which some writers leave between rows and never inside one.
        case gap
    }

    /// Where a row's wrapped lines sit against its anchor line, learnt from rows that show it.
    enum Alignment { case top, middle, bottom }

    /// Columns that never wrap in a printed list; a table with none of them cannot show where a
    /// row starts, so there each line is a row.
    let anchors: [Bool]
    private(set) var alignment: Alignment?

    init(header: PDFHeader) {
        let wrapping: Set<ImportField> = [.name, .formerName, .newName, .region, .county, .zone, .field, .contact,
                                          .note, .ground, .reason, .document, .category]
        anchors = header.cells.map { $0.field.map { !wrapping.contains($0) } ?? false }
    }

    /// Lines starting with these are a total or a note under the table, never a wrapped cell.
    private static let footerWords = ["合计", "总计", "共计", "小计", "注：", "注:", "备注：", "备注:", "说明：", "说明:",
                                      "制表", "填报", "审核"]

    /// A line of the table's body as the columns cut it; `text` is the whole line, trimmed.
    func classify(_ cut: PDFColumns.Cut, text: String) -> Line {
        if PDFRowAssembler.footerWords.contains(where: text.hasPrefix) { return .free(text) }
        switch cut {
        case let .free(text): return .free(text)
        case let .cells(cells):
            let anchored = !anchors.contains(true) || zip(cells, anchors).contains { !$0.isEmpty && $1 }
            return anchored ? .anchor(cells) : .fragment(cells)
        }
    }

    /// The page's rows, in order: each a list of cells (a free line is one cell).
    mutating func rows(_ lines: [Line]) -> [[String]] {
        var rows: [[String]] = []
        /// The last anchor line's row, its cells as printed, and how many wrapped lines began it.
        var last: (row: Int, cells: [String], head: Int)?
        var pending: [[String]] = []
        /// A blank line came after the last anchor: wrapped lines from here on begin the next row.
        var afterGap = false
        for line in lines + [.free("")] {
            switch line {
            case .gap:
                if let last, !afterGap {
                    rows[last.row] = pending.reduce(rows[last.row]) { PDFRowAssembler.joined($0, $1) }
                    pending = []
                }
                afterGap = true
            case let .fragment(cells):
                pending.append(cells)
            case let .anchor(cells):
                let (tail, head) = afterGap ? ([], pending)
                    : split(pending, previous: last.map { ($0.cells, $0.head) }, next: cells)
                afterGap = false
                if let last { rows[last.row] = tail.reduce(rows[last.row]) { PDFRowAssembler.joined($0, $1) } }
                rows.append(head.reversed().reduce(cells) { PDFRowAssembler.joined($1, $0) })
                last = (rows.count - 1, cells, head.count)
                pending = []
            case let .free(text):
                if let last {
                    rows[last.row] = pending.reduce(rows[last.row]) { PDFRowAssembler.joined($0, $1) }
                } else if let first = pending.first {
                    // Wrapped text with no row to belong to: kept as a row of its own, never dropped.
                    rows.append(pending.dropFirst().reduce(first) { PDFRowAssembler.joined($0, $1) })
                }
                pending = []
                if !text.isEmpty { rows.append([text]) }
                last = nil
                afterGap = false
            }
        }
        return rows
    }

    /// Which of the lines between two anchors end the row above (`tail`) and which begin the row
    /// below (`head`). An anchor line whose wrapping cells are empty shows where they went; else
    /// the alignment learnt so far decides (top when nothing has shown it yet).
    private mutating func split(_ pending: [[String]], previous: (cells: [String], head: Int)?,
                                next: [String]) -> (tail: [[String]], head: [[String]]) {
        guard !pending.isEmpty else { return ([], []) }
        guard let previous else {
            learn(.bottom)
            return ([], pending)
        }
        let columns = Set(pending.flatMap { cells in cells.indices.filter { !cells[$0].isEmpty } })
        let nextLacks = columns.allSatisfy { next[$0].isEmpty }
        let previousLacks = columns.allSatisfy { previous.cells[$0].isEmpty }
        // Text above an anchor line with the wrapping cell empty, and more below it: centred cells.
        if previousLacks && previous.head > 0 { learn(.middle) }
        if nextLacks && !previousLacks { return ([], pending) }
        if previousLacks && !nextLacks && previous.head == 0 { return (pending, []) }
        switch alignment ?? .top {
        case .top: return (pending, [])
        case .bottom: return ([], pending)
        case .middle:
            let tail = min(previous.head, pending.count)
            return (Array(pending.prefix(tail)), Array(pending.dropFirst(tail)))
        }
    }

    private mutating func learn(_ seen: Alignment) {
        if alignment == nil || seen == .middle { alignment = seen }
    }

    /// `upper`'s cells continued by `lower`'s, column by column.
    static func joined(_ upper: [String], _ lower: [String]) -> [String] {
        (0..<max(upper.count, lower.count)).map { i in
            concatenate(i < upper.count ? upper[i] : "", i < lower.count ? lower[i] : "")
        }
    }

    /// CJK text joins directly; Latin words and numbers with a space between.
    static func concatenate(_ a: String, _ b: String) -> String {
        guard let last = a.unicodeScalars.last, let first = b.unicodeScalars.first else { return a + b }
        let latin = { (s: Unicode.Scalar) in
            s.isASCII && (s.properties.isAlphabetic || s.properties.numericType != nil)
        }
        return latin(last) && latin(first) ? a + " " + b : a + b
    }
}
