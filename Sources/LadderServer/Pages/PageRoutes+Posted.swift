import Hummingbird
import LadderKit

/// A posted form of a page (its CSRF token already checked by the middleware): as `serve`, but the
/// work may wait — a write offloaded while an import holds the registry, a bcrypt hash — before it
/// answers with a redirect (post/redirect/get) or the form again with its refusal.
extension PageRoutes {
    /// `readsForm: false` leaves the body to `body` (the import page's multipart upload).
    func servePosted(_ request: Request, _ context: ServerContext, readsForm: Bool = true,
                     _ body: (Account, PageForm) async throws -> PageAnswer) async -> Response {
        let language = PageLanguage(request)
        guard let account = context.identity else {
            // The session ended while the form was open: sign in again, then back to the form's page.
            var target = PagePaths.login + "?next=" + PageRoutes.encoded(request.uri.path)
            if context.sessionEnded { target += "&ended=1" }
            return PageRoutes.redirect(target, language: language)
        }
        var request = request
        let answer: PageAnswer = await Language.$scoped.withValue(language.language) {
            do {
                let form = readsForm ? try await PageForm.read(&request) : PageForm(fields: [:])
                return try await body(account, form)
            } catch {
                let problem = PageProblem.of(error, asked: try? context.parameters.require("code"))
                if problem.status == .internalServerError {
                    logger.error("\(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
                }
                return .problem(problem)
            }
        }
        return Language.$scoped.withValue(language.language) {
            PageRoutes.render(answer, request: request, context: context, account: account, language: language)
        }
    }

    /// Who wrote, when and from where, for the library's record of a page's write.
    func recorded(_ request: Request, _ context: ServerContext, by account: Account, command: String) -> WriteContext {
        WriteContext(operatorName: account.name, at: settings.clock(), command: command,
                     clientAddress: ClientAddress.of(request, context: context, trustProxy: settings.trustProxy),
                     operatorID: account.id)
    }
}
