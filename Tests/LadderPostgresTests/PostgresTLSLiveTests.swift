import Foundation
import LadderPostgres
import Testing

/// Connections as each sslmode makes them, to the test cluster scripts/postgres-cluster.sh starts
/// with TLS on: its certificate is signed by LADDER_TEST_POSTGRES_CA and names localhost and
/// 127.0.0.1; the cluster also listens on 127.0.0.2, a name the certificate lacks; other-ca.pem
/// beside the CA signed nothing.
@Suite(.enabled(if: TestPostgres.hasTLS, TestPostgres.tlsSkipNote))
struct PostgresTLSLiveTests {
    static let ca = TestPostgres.ca
    static let otherCA = (TestPostgres.ca as NSString).deletingLastPathComponent + "/other-ca.pem"

    struct Case: CustomTestStringConvertible, Sendable {
        let host: String
        let mode: PostgresSSLMode
        var rootCert: String? = nil
        /// What `pg_stat_ssl` says of the connection.
        let encrypted: Bool
        var testDescription: String { "\(mode.rawValue) to \(host)" + (rootCert.map { " with \($0)" } ?? "") }
    }

    static func address(_ host: String, _ mode: PostgresSSLMode, _ rootCert: String?) throws -> PostgresAddress {
        let server = try PostgresAddress(TestPostgres.url, environment: [:])
        return PostgresAddress(user: server.user, host: host, port: server.port, database: server.database,
                               sslMode: mode, sslRootCert: rootCert)
    }

    @Test(arguments: [
        Case(host: "127.0.0.1", mode: .disable, encrypted: false),
        Case(host: "127.0.0.1", mode: .allow, encrypted: true),
        Case(host: "127.0.0.1", mode: .prefer, encrypted: true),
        Case(host: "127.0.0.1", mode: .require, encrypted: true),
        Case(host: "127.0.0.1", mode: .require, rootCert: ca, encrypted: true),
        Case(host: "127.0.0.1", mode: .verifyCA, rootCert: ca, encrypted: true),
        // verify-ca does not look at the name: 127.0.0.2 is not on the certificate.
        Case(host: "127.0.0.2", mode: .verifyCA, rootCert: ca, encrypted: true),
        Case(host: "localhost", mode: .verifyFull, rootCert: ca, encrypted: true),
        // An IP address is matched against the certificate's IP names.
        Case(host: "127.0.0.1", mode: .verifyFull, rootCert: ca, encrypted: true),
    ])
    func connects(_ c: Case) throws {
        let session = try PostgresSession.connect(try PostgresTLSLiveTests.address(c.host, c.mode, c.rootCert))
        defer { session.close() }
        #expect(try session.text("SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()") == String(c.encrypted))
    }

    @Test func verifyFullRefusesAHostTheCertificateDoesNotName() throws {
        let address = try PostgresTLSLiveTests.address("127.0.0.2", .verifyFull, PostgresTLSLiveTests.ca)
        #expect(throws: PostgresError.certificateWrongHost(address: address.description, host: "127.0.0.2")) {
            try PostgresSession.connect(address)
        }
    }

    @Test(arguments: [PostgresSSLMode.require, .verifyCA, .verifyFull])
    func aCertificateFromAnotherCAIsRefused(mode: PostgresSSLMode) throws {
        let address = try PostgresTLSLiveTests.address("localhost", mode, PostgresTLSLiveTests.otherCA)
        #expect(throws: PostgresError.certificateUntrusted(address: address.description, rootCert: PostgresTLSLiveTests.otherCA)) {
            try PostgresSession.connect(address)
        }
    }

    /// The test CA is in no system trust store, so the system's CAs refuse the cluster's certificate.
    @Test func theSystemsCAsDoNotVouchForAPrivateCA() throws {
        let address = try PostgresTLSLiveTests.address("localhost", .verifyFull, "system")
        #expect(throws: PostgresError.certificateUntrusted(address: address.description, rootCert: "system")) {
            try PostgresSession.connect(address)
        }
    }
}
