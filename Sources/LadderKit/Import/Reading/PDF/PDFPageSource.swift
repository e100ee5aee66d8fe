/// Pages of layout text, one array of lines per page: pdftotext's output, or literal pages in tests.
protocol PDFPageSource: AnyObject {
    /// The next page's lines, nil after the last page.
    func nextPage() throws -> [String]?
    /// Pages handed out so far.
    var pagesRead: Int { get }
    /// Pages in the document when known (for a progress bar).
    var pageCount: Int? { get }
}
