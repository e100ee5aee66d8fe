import Foundation
import Hummingbird
import LadderKit
import Logging

/// Turns every error into JSON `{"error": "…"}` with a fitting status. A refusal by the library
/// keeps its message; anything unexpected is logged here and answered as a bare 500, so no stack
/// trace, SQL or file path ever reaches a client. A web page's refusal is a page, in the reader's language.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let logger: Logger

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response)
        async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let refusal = ErrorMiddleware.refusal(for: error, request: request)
            if refusal.status == .internalServerError {
                logger.error("\(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
            }
            if PagePaths.isPage(request.uri.path) { return PageRoutes.problem(error, request: request, context: context) }
            var response = APIError.json(status: refusal.status, body: ["error": refusal.message])
            response.headers.append(contentsOf: refusal.headers)
            return response
        }
    }

    /// A name that finds no firm, or several: said without naming the firms the library suggests,
    /// which may lie outside the account's region; `find` lists those the account may see.
    static func nameRefusal(_ error: RegistryError) -> APIError {
        switch error {
        case let .ambiguousName(name, candidates):
            return APIError(.badRequest, ServeText.ambiguousName.text(["name": name, "count": candidates.count]))
        case let .unknownName(query, _, _):
            return APIError(.notFound, ServeText.unknownName.text(["name": query]))
        default:
            return APIError(.internalServerError, ServeText.internalError.text())
        }
    }

    static func refusal(for error: any Error, request: Request) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as HTTPError where error.status == .notFound:
            return APIError(.notFound, ServeText.noEndpoint.text(["method": request.method, "path": request.uri.path]))
        case let error as HTTPError where error.status == .methodNotAllowed:
            return APIError(.methodNotAllowed, ServeText.methodNotAllowed.text(["path": request.uri.path, "method": request.method]))
        case let error as HTTPError where error.status.code < 500:
            return APIError(error.status, error.body ?? error.status.reasonPhrase)
        case is DecodingError:
            return APIError(.badRequest, ServeText.badJSON.text())
        case let error as RegistryError:
            switch error {
            case .unknownName, .ambiguousName: return nameRefusal(error)
            case .unknownEnterprise, .notKnownAt: return APIError(.notFound, error.description)
            case .emptyName: return APIError(.badRequest, error.description)
            case .sameLocation: return APIError(.unprocessableContent, error.description)
            default: return APIError(.internalServerError, ServeText.internalError.text())
            }
        case let error as StatisticsError:
            return APIError(.badRequest, error.description)
        case let error as CreditCodeError:
            return APIError(.badRequest, error.description)
        default:
            return APIError(.internalServerError, ServeText.internalError.text())
        }
    }
}
