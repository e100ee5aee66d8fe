#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LadderKit
import NIOCore

/// Why `ladder serve` could not start, in the operator's words rather than the socket library's.
public enum ServeError: Error, Equatable, Sendable, CustomStringConvertible {
    case addressInUse(address: String)
    case cannotListen(address: String, reason: String)

    public var description: String {
        switch self {
        case let .addressInUse(address):
            return ServeText.addressInUse.text(["address": address])
        case let .cannotListen(address, reason):
            return ServeText.cannotListen.text(["address": address, "reason": reason])
        }
    }

    static func starting(_ error: any Error, address: String) -> ServeError {
        if let error = error as? IOError {
            if error.errnoCode == EADDRINUSE { return .addressInUse(address: address) }
            return .cannotListen(address: address, reason: String(cString: strerror(error.errnoCode)))
        }
        return .cannotListen(address: address, reason: String(describing: error))
    }
}
