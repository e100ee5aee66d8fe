import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A listener on 127.0.0.1 that answers PostgreSQL's SSLRequest with 'N' — what a server with
/// `ssl = off` says — and hangs up: the refusal `sslmode=require` must name, without a second cluster.
final class NoTLSServer: @unchecked Sendable {
    let port: Int
    private let listener: Int32

    init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        var length = size
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(listener, pointer, size) == 0 && listen(listener, 1) == 0
                    && getsockname(listener, pointer, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            // The SSLRequest is 8 bytes: length 8, then the code 80877103.
            var request = [UInt8](repeating: 0, count: 8)
            _ = read(client, &request, 8)
            _ = write(client, "N", 1)
            close(client)
        }
    }

    deinit { close(listener) }
}
