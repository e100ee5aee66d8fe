import Foundation
import HTTPTypes
import Hummingbird

/// Where a request comes from and whether it came over TLS. Behind a proxy (`--trust-proxy`) the
/// proxy's headers say so; otherwise they are ignored, since any client can send them.
enum ClientAddress {
    static func of(_ request: Request, context: ServerContext, trustProxy: Bool) -> String {
        if trustProxy, let forwarded = request.headers[.xForwardedFor] {
            // The last hop is the one our proxy added; earlier ones are the client's to invent.
            if let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty {
                return last
            }
        }
        return context.peerAddress ?? "unknown"
    }

    static func isSecure(_ request: Request, trustProxy: Bool) -> Bool {
        if trustProxy, let proto = request.headers[.xForwardedProto] { return proto.lowercased() == "https" }
        return request.head.scheme == "https"
    }
}

extension HTTPField.Name {
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
    static let xCSRFToken = HTTPField.Name("X-CSRF-Token")!
}
