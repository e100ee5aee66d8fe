import Foundation
import Hummingbird
import HummingbirdAuth
import LadderKit
import NIOCore

/// The request context: who is asking (set by `AuthenticationMiddleware`), how, and from where.
public struct ServerContext: AuthRequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: Account?
    /// The session when signed in by cookie; nil for a bearer token or no authentication.
    var session: LoginSession?
    /// A session cookie came but its session is over (idle too long, signed out, password changed).
    var sessionEnded = false
    /// The TCP peer (nil in router tests); see `ClientAddress` for the address used.
    let peerAddress: String?
    let trace = RequestTrace()

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The firm a path names (`/api/v1/enterprises/{code}`): a credit code, or a name percent-encoded
    /// as browsers and curl send it (`%E4%BC%81…`), decoded.
    func firmInPath() throws -> String {
        let text = try parameters.require("code")
        return text.removingPercentEncoding ?? text
    }

    /// The account, or 401 when the request is not authenticated.
    func requireAccount() throws -> Account {
        guard let identity else {
            if sessionEnded { throw APIError(.unauthorized, ServeText.sessionEnded.text()) }
            throw APIError.unauthenticated
        }
        return identity
    }
}
