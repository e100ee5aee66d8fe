/// Reads the table of a PDF list (公示/备案 lists printed from Word, WPS or Excel) from the text
/// `pdftotext -layout` lays out, one page at a time.
///
/// Rows come out as a CSV of the same list would read: the lines above the table (its title, 发文
/// lines) one cell each, then the header, then one row per table row, with cells that wrapped onto
/// lines of their own joined back, then lines under the table (合计, 注) one cell each. Page numbers,
/// running headers and footers, and the header repeated on later pages are left out.
final class PDFTableReader: RowReader {
    private(set) var header: [String] = []
    private(set) var headerRowNumber = 0
    let encodingName = "pdf"
    let isWorkbook = false
    let totalBytes: Int64
    /// The share of the pages read (pdftotext does not say how far into the file it is).
    var bytesRead: Int64 {
        guard !finished else { return totalBytes }
        guard let pages = text.pageCount, pages > 0 else { return 0 }
        return totalBytes * Int64(min(pagesDone, pages)) / Int64(pages)
    }

    /// A notice may run a few pages before its list; past this many, the file has no table.
    static let maxPagesBeforeHeader = 20

    private let text: any PDFPageSource
    /// The page after the one being read (its edges show running headers and footers).
    private var upcoming: [PDFLine]?
    private var previousEdges: Set<String> = []
    /// The first header found, and the columns and wrapped-line state of the page being read.
    private var table: PDFHeader?
    private var columns: PDFColumns?
    private var assembler: PDFRowAssembler?
    private var sawText = false
    private var ready: [[String]] = []
    private var readyIndex = 0
    private var rowNumber = 0
    private var pagesDone = 0
    private var finished = false

    /// `tool`: pdftotext's path; nil looks at `$LADDER_PDFTOTEXT`, then `PATH`.
    convenience init(path: String, size: Int64, tool: String? = nil) throws {
        try self.init(pages: PDFToText(path: path, tool: tool), size: size)
    }

    init(pages: any PDFPageSource, size: Int64) throws {
        text = pages
        totalBytes = size
        upcoming = try text.nextPage().map { $0.map(PDFLine.init) }
        while table == nil {
            guard text.pagesRead <= PDFTableReader.maxPagesBeforeHeader, try readPage() else {
                throw sawText ? ReadError.pdfWithoutTable(pages: text.pagesRead) : ReadError.pdfWithoutText
            }
        }
        header = ready[0]
        headerRowNumber = 1
        rowNumber = 1
        readyIndex = 1
    }

    func next() throws -> SheetRow? {
        while readyIndex >= ready.count {
            ready = []
            readyIndex = 0
            guard try readPage() else {
                finished = true
                return nil
            }
        }
        let cells = ready[readyIndex]
        readyIndex += 1
        rowNumber += 1
        return SheetRow(number: rowNumber, cells: cells.map { $0.isEmpty ? .empty : .text($0) })
    }

    /// Reads one more page into `ready`; false after the last.
    private func readPage() throws -> Bool {
        guard let lines = upcoming else { return false }
        pagesDone += 1
        upcoming = try text.nextPage().map { $0.map(PDFLine.init) }
        let neighbours = previousEdges.union(upcoming.map(PDFPageFurniture.edgeKeys) ?? [])
        previousEdges = PDFPageFurniture.edgeKeys(lines)

        // The table's header: the first line naming its columns, then the same fields on each page.
        // A header cell may wrap onto the line above or below it: those lines belong to the header.
        let headers = lines.indices.compactMap { i -> (index: Int, header: PDFHeader, lines: [Int])? in
            guard let found = PDFHeader(lines[i]) else { return nil }
            let above = i > 0 && !lines[i - 1].isBlank ? lines[i - 1] : nil
            let below = i + 1 < lines.count && !lines[i + 1].isBlank ? lines[i + 1] : nil
            let whole = found.completed(above: above, below: below)
            guard table == nil || whole.header.signature == table!.signature else { return nil }
            return (i, whole.header, [i] + (whole.above ? [i - 1] : []) + (whole.below ? [i + 1] : []))
        }
        let isFirstTablePage = table == nil && !headers.isEmpty
        let headerIndexes = Set(headers.flatMap(\.lines))
        let tableStart = headers.first?.index ?? -1
        // Above the first header, a line directly over the next is the list's own (a title printed
        // on every page stays the title); a line set apart by a blank line may be a running header.
        let furniture = PDFPageFurniture.indexes(in: lines, neighbours: neighbours) { i in
            headerIndexes.contains(i)
                || (isFirstTablePage && i < tableStart && i + 1 < lines.count && !lines[i + 1].isBlank)
        }
        var body: [PDFLine] = []
        for (i, line) in lines.enumerated() where !furniture.contains(i) {
            if line.isBlank {
                // Blank lines inside the table show where rows part; elsewhere they mean nothing.
                if i > tableStart && (table != nil || tableStart >= 0) && !body.isEmpty { body.append(line) }
                continue
            }
            sawText = true
            if headerIndexes.contains(i) {
                if isFirstTablePage && i == tableStart { ready.append(headers[0].header.cells.map(\.text)) }
                continue
            }
            if i < tableStart {
                // Above the table: on its first page the title and 发文 lines; on later pages a repeat.
                if isFirstTablePage { ready.append([line.trimmed]) }
                continue
            }
            if table == nil && tableStart < 0 {
                ready.append([line.trimmed])  // a page of the notice before the list
                continue
            }
            body.append(line)
        }
        if let first = headers.first {
            if table == nil { table = first.header }
            columns = PDFColumns(header: headers.last!.header, lines: body)
            if assembler == nil { assembler = PDFRowAssembler(header: first.header) }
        } else if let columns, !body.isEmpty {
            // A page without the header continues the table in the last page's columns.
            self.columns = PDFColumns(header: columns.header, lines: body)
        }
        if let columns, var assembler {
            let classified = body.map { $0.isBlank ? .gap : assembler.classify(columns.cut($0), text: $0.trimmed) }
            ready.append(contentsOf: assembler.rows(classified))
            self.assembler = assembler
        }
        return true
    }
}
