import Foundation
import Hummingbird
import LadderKit
import Logging

/// The web pages for bureau staff: server-rendered HTML over the same registry, scopes and
/// sessions as the API, in the reader's language. Plain forms, no script.
struct PageRoutes {
    let registry: Registry
    let settings: ServerSettings
    let sessions: SessionRoutes
    let logger: Logger
    /// The import page's uploads between the dry run and 确认导入 / 取消.
    let staging = ImportStaging()
    /// New API tokens between the form that made them and the page that shows them once.
    let tokens = TokenStash()

    func add(to router: Router<ServerContext>) {
        router.get(RouterPath(PageStyle.path)) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: PageStyle.css)))
        }
        router.get(RouterPath(PagePaths.findScript)) { _, _ in PageRoutes.asset(PageScript.find, type: PageScript.type) }
        router.get(RouterPath(PagePaths.favicon)) { _, _ in PageRoutes.asset(PageIcon.ico, type: PageIcon.type) }
        router.get(RouterPath(PagePaths.report)) { request, context in
            serve(request, context) { account in try report(request, account: account) }
        }
        router.get(RouterPath(PagePaths.login)) { request, context in loginPage(request, context: context) }
        router.post(RouterPath(PagePaths.login)) { request, context in try await signIn(request, context: context) }
        router.post(RouterPath(PagePaths.logout)) { request, context in try signOut(request, context: context) }
        router.get("/") { request, context in
            serve(request, context) { account in try dashboard(request, account: account) }
        }
        router.get(RouterPath(PagePaths.firms)) { request, context in
            serve(request, context) { account in try find(request, account: account) }
        }
        router.get(RouterPath("\(PagePaths.firms)/:code")) { request, context in
            serve(request, context) { account in try firm(request, context: context, account: account) }
        }
        router.post(RouterPath("\(PagePaths.firms)/:code/:action")) { request, context in await firmAction(request, context: context) }
        router.get(RouterPath("\(PagePaths.firms)/:code/:action")) { request, context in
            serve(request, context) { _ in .redirect("\(PagePaths.firms)/" + PageRoutes.encoded(try context.firmInPath())) }
        }
        for list in PageList.allCases {
            router.get(RouterPath(list.path)) { request, context in
                serve(request, context) { account in try listPage(list, request: request, account: account) }
            }
            for format in PageList.formats {
                router.get(RouterPath(list.path + "." + format.rawValue)) { request, context in
                    serve(request, context) { account in try listExport(list, format: format, request: request, account: account) }
                }
            }
        }
        addImports(to: router)
        addRecords(to: router)
    }

    /// A page for a signed-in account, in the reader's language; anyone else goes to the sign-in
    /// page, told when the session ended, and comes back here after.
    func serve(_ request: Request, _ context: ServerContext, _ body: (Account) throws -> PageAnswer) -> Response {
        let language = PageLanguage(request)
        guard let account = context.identity else {
            let here = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            var target = PagePaths.login + "?next=" + PageRoutes.encoded(here)
            if context.sessionEnded { target += "&ended=1" }
            return PageRoutes.redirect(target, language: language)
        }
        // A form's empty fields (known_at=, region=) mean "not given": the same page at a clean address.
        let given = request.uri.queryParameters.filter { !$0.value.isEmpty }
        if given.count < request.uri.queryParameters.count {
            let query = given.map { PageRoutes.encoded(String($0.key)) + "=" + PageRoutes.encoded(String($0.value)) }
            return PageRoutes.redirect(request.uri.path + (query.isEmpty ? "" : "?" + query.joined(separator: "&")),
                                       language: language)
        }
        return Language.$scoped.withValue(language.language) {
            let answer: PageAnswer
            do {
                answer = try body(account)
            } catch {
                let problem = PageProblem.of(error, asked: try? context.parameters.require("code"))
                if problem.status == .internalServerError {
                    logger.error("\(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
                }
                answer = .problem(problem)
            }
            return PageRoutes.render(answer, request: request, context: context, account: account, language: language)
        }
    }

    /// A refusal before any page ran (a form without its CSRF token, an address with no page), as
    /// a page without the account's menu.
    static func problem(_ error: any Error, request: Request, context: ServerContext) -> Response {
        let language = PageLanguage(request)
        return Language.$scoped.withValue(language.language) {
            var problem = PageProblem.of(error, asked: nil)
            if let error = error as? APIError, error.status == .forbidden {
                problem = PageProblem(.forbidden, title: PageText.forbiddenTitle.text(), message: PageText.formExpired.text())
            } else if let error = error as? HTTPError, error.status == .notFound {
                problem = PageProblem(.notFound, title: PageText.notFoundTitle.text(),
                                      message: PageText.pageNotFound.text(["path": request.uri.path]))
            }
            return render(.problem(problem), request: request, context: context, account: nil, language: language)
        }
    }

    /// The answer as HTML (or a redirect), with the layout's values: the menu, the language switch,
    /// the account and the CSRF token of its session for the sign-out form.
    static func render(_ answer: PageAnswer, request: Request, context: ServerContext, account: Account?,
                language: PageLanguage) -> Response {
        switch answer {
        case let .redirect(location):
            return PageRoutes.redirect(location, language: language)
        case let .download(file):
            return file.response
        case let .document(html):
            var response = Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                                    body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
            response.headers[SecurityHeadersMiddleware.policy] = ReportPolicy.policy(for: html)
            if language.chosen { response.setCookie(language.cookie) }
            return response
        case let .page(status, template, title, values):
            var all = values
            all["title"] = title
            all["htmlLang"] = language.language == .zh ? "zh-CN" : "en"
            all["t"] = PageRoutes.words(PageText.self)
            all["term"] = PageRoutes.words(Term.self)
            all["show"] = PageRoutes.words(ShowText.self)
            all["ti"] = PageRoutes.words(PageImportText.self)
            all["o"] = PageRoutes.words(PageOverviewText.self)
            all["chrome"] = PageRoutes.chrome(request, account: account, csrf: context.session?.csrfToken, language: language.language)
            let html = PageTemplates.render(template, all)
            var response = Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                                    body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
            // A signed-in page loads the search-as-you-type script, from this server only.
            if account != nil { response.headers[SecurityHeadersMiddleware.policy] = SecurityHeadersMiddleware.scriptedPagePolicy }
            if language.chosen { response.setCookie(language.cookie) }
            return response
        }
    }

    /// A static file of the pages (a script, the icon), as it is at every request.
    static func asset(_ bytes: [UInt8], type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private static func chrome(_ request: Request, account: Account?, csrf: String?, language: Language) -> [String: Any] {
        let path = request.uri.path
        var values: [String: Any] = [
            "zhHref": PageRoutes.switching(request, to: .zh), "enHref": PageRoutes.switching(request, to: .en),
            "isZh": language == .zh, "isEn": language == .en,
        ]
        guard let account else { return values }
        values["signedIn"] = true
        values["accountLine"] = PageText.signedInAs.text(["name": account.name, "role": account.role.said,
                                                          "region": account.region.name])
        values["csrf"] = csrf ?? ""
        if path == PagePaths.firms, let q = request.uri.queryParameters["q"] { values["q"] = String(q) }
        let nav: [(String, String)] = [("/", PageText.navHome.text()), (PagePaths.firms, PageText.navFind.text()),
                                       (PagePaths.expiring, PageText.navExpiring.text()), (PagePaths.lapsed, PageText.navLapsed.text()),
                                       (PagePaths.candidates, PageText.navCandidates.text()),
                                       (PagePaths.report, PageOverviewText.navReport.text()),
                                       (PagePaths.imports, PageImportText.navImports.text())]
        values["nav"] = (nav + PageRoutes.recordsNav(account)).map { href, label -> [String: Any] in
            let current = href == "/" ? path == "/" : path.hasPrefix(href)
            return ["href": href, "label": label, "current": current]
        }
        return values
    }


    /// An area's words in the current language, by key, for `{{t.key}}` in a template.
    static func words<Area: CatalogueArea>(_ area: Area.Type) -> [String: String] {
        Dictionary(uniqueKeysWithValues: area.allCases.map { ($0.rawValue, $0.text()) })
    }

    /// This page's address in the other language: its query kept, `lang` replaced.
    static func switching(_ request: Request, to language: Language) -> String {
        var parts = request.uri.queryParameters.filter { $0.key != "lang" }
            .map { encoded(String($0.key)) + "=" + encoded(String($0.value)) }
        parts.append("lang=" + language.rawValue)
        return request.uri.path + "?" + parts.joined(separator: "&")
    }

    static func redirect(_ location: String, language: PageLanguage) -> Response {
        var response = Response(status: .seeOther, headers: [.location: location])
        if language.chosen { response.setCookie(language.cookie) }
        return response
    }

    /// Percent-encoded for a query value: letters, digits and `-._~/` stay.
    static func encoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(0x7F)))
        allowed.insert(charactersIn: "-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
