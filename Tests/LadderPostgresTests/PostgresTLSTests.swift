import Foundation
import LadderPostgres
import Testing

/// The TLS refusals that need no PostgreSQL server: they run everywhere (PostgresTLSLiveTests
/// has the connections to the test cluster).
@Suite struct PostgresTLSTests {
    @Test func aServerWithoutTLSIsRefusedUnderRequire() throws {
        let server = try NoTLSServer()
        let address = PostgresAddress(user: "ladder", host: "127.0.0.1", port: server.port, database: "d", sslMode: .require)
        #expect(throws: PostgresError.tlsRefused(address: "postgres://ladder@127.0.0.1:\(server.port)/d?sslmode=require",
                                                 mode: .require)) {
            try PostgresSession.connect(address)
        }
    }

    @Test func aMissingRootCertificateIsNamedBeforeConnecting() {
        let address = PostgresAddress(user: "ladder", host: "127.0.0.1", port: 1, database: "d", sslMode: .verifyFull,
                                      sslRootCert: "/nonexistent/ca.pem")
        #expect(throws: PostgresError.rootCertificateMissing(
            address: "postgres://ladder@127.0.0.1:1/d?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem", path: "/nonexistent/ca.pem")) {
            try PostgresSession.connect(address)
        }
    }

    @Test func aRootCertificateThatIsNotPEMIsNamed() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-not-pem-\(UUID().uuidString).crt")
        try Data("not a certificate\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let address = PostgresAddress(user: "ladder", host: "127.0.0.1", port: 1, database: "d", sslMode: .verifyCA,
                                      sslRootCert: file.path)
        #expect(throws: PostgresError.rootCertificateUnreadable(
            address: "postgres://ladder@127.0.0.1:1/d?sslmode=verify-ca&sslrootcert=\(file.path)", path: file.path)) {
            try PostgresSession.connect(address)
        }
    }
}
