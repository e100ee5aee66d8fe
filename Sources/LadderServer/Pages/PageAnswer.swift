import HTTPTypes

/// What a page handler answers: a page to render from a template with its values, or a redirect.
enum PageAnswer {
    case page(status: HTTPResponse.Status = .ok, template: String, title: String, values: [String: Any])
    case redirect(String)
    /// A whole HTML document made elsewhere (the report of `ReportHTML`), with its own styles.
    case document(String)
    /// A file to save (a list's export), not a page.
    case download(PageDownload)

    /// A refusal or failure shown as a page, in the reader's language.
    static func problem(_ problem: PageProblem) -> PageAnswer {
        .page(status: problem.status, template: "problem", title: problem.title, values: ["message": problem.message])
    }
}
