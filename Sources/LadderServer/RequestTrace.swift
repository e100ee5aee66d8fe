import Foundation

/// What an inner middleware learns about a request (the account) for the outer request log line.
/// A class because request contexts are passed by value down the middleware chain.
final class RequestTrace: @unchecked Sendable {
    private let lock = NSLock()
    private var _account: String?

    var account: String? {
        get { lock.withLock { _account } }
        set { lock.withLock { _account = newValue } }
    }
}
