/// Which addresses are web pages (HTML, the pages' security headers, CSRF token as a form field)
/// rather than the JSON API; everything else keeps the API's answers, its 404 included.
enum PagePaths {
    static let login = "/login"
    static let logout = "/logout"
    static let firms = "/firms"
    static let expiring = "/expiring"
    static let lapsed = "/lapsed"
    static let candidates = "/candidates"
    static let targets = "/targets"
    static let log = "/log"
    static let accounts = "/accounts"
    static let imports = "/imports"
    static let importNew = "/imports/new"
    static let report = "/report"
    static let findScript = "/static/find.js"
    static let favicon = "/favicon.ico"
    /// The lists, each also as a file: `/expiring.xlsx`, `/expiring.csv`.
    static let lists = [expiring, lapsed, candidates]
    static let exports = lists.flatMap { list in ["xlsx", "csv"].map { list + "." + $0 } }

    static func isPage(_ path: String) -> Bool {
        path == "/" || path == login || path == logout || path == firms || path.hasPrefix(firms + "/")
            || path.hasPrefix("/static/") || lists.contains(path) || exports.contains(path)
            || path == targets || path == log || path == accounts || path.hasPrefix(accounts + "/")
            || path == imports || path.hasPrefix(imports + "/")
            || path == report
    }

    /// Where to go after signing in: a path of this server only (`/firms/…?as_of=…`), never another
    /// site (`//evil.example`, `https://…`, `/\\evil`), else the dashboard.
    static func safeNext(_ text: String?) -> String {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"),
              !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
              !text.hasPrefix(login) else { return "/" }
        return text
    }
}
