import Hummingbird
import LadderKit

/// A refusal a page shows: its status, a title and a sentence saying why and what to do, both in
/// the reader's language (made while `Language.scoped` is the page's).
struct PageProblem: Error {
    let status: HTTPResponse.Status
    let title: String
    let message: String

    init(_ status: HTTPResponse.Status, title: String, message: String) {
        self.status = status
        self.title = title
        self.message = message
    }

    /// Any error of a page's work, said to the reader: the library's refusals keep their words;
    /// anything unexpected is a bare 500 (logged by the caller), never a trace or SQL.
    static func of(_ error: any Error, asked text: String?) -> PageProblem {
        switch error {
        case let problem as PageProblem:
            return problem
        case let error as RegistryError:
            switch error {
            case .unknownName, .unknownEnterprise, .notKnownAt, .ambiguousName:
                return PageProblem(.notFound, title: PageText.notFoundTitle.text(),
                                   message: PageText.firmNotFound.text(["text": text ?? ""]))
            default:
                return .generic
            }
        case let error as APIError where error.status.code < 500:
            return PageProblem(error.status, title: PageText.badRequestTitle.text(), message: error.message)
        case let error as CreditCodeError:
            return PageProblem(.badRequest, title: PageText.badRequestTitle.text(), message: error.description)
        case let error as StatisticsError:
            return PageProblem(.badRequest, title: PageText.badRequestTitle.text(), message: error.description)
        default:
            return .generic
        }
    }

    /// The API's scope refusal (`Scope`, the one place that decides) as a 403 page with its words.
    static func forbidding<T>(_ decide: () throws -> T) throws -> T {
        do {
            return try decide()
        } catch let error as APIError where error.status == .forbidden {
            throw PageProblem(.forbidden, title: PageText.forbiddenTitle.text(), message: error.message)
        }
    }

    static var generic: PageProblem {
        PageProblem(.internalServerError, title: PageText.errorTitle.text(), message: PageText.errorGeneric.text())
    }
}
