@testable import LadderPostgres
import Testing

/// `sslmode` and `sslrootcert` in an address, else $PGSSLMODE and $PGSSLROOTCERT, as libpq reads
/// them; anything else after `?` is refused by name; the address prints as it can be given again.
@Suite struct PostgresAddressTLSTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        var environment: [String: String] = [:]
        let mode: PostgresSSLMode
        var rootCert: String? = nil
        let check: PostgresAddress.CertificateCheck
        let shown: String
        var testDescription: String { text + (environment.isEmpty ? "" : " \(environment)") }
    }

    @Test(arguments: [
        Case(text: "postgres://l@h/d", mode: .prefer, check: .none, shown: "postgres://l@h:5432/d"),
        Case(text: "postgres://l@h/d?sslmode=disable", mode: .disable, check: .none, shown: "postgres://l@h:5432/d?sslmode=disable"),
        Case(text: "postgres://l@h/d?sslmode=allow", mode: .allow, check: .none, shown: "postgres://l@h:5432/d?sslmode=allow"),
        Case(text: "postgres://l@h/d?sslmode=prefer", mode: .prefer, check: .none, shown: "postgres://l@h:5432/d"),
        Case(text: "postgres://l@h/d?sslmode=require", mode: .require, check: .none, shown: "postgres://l@h:5432/d?sslmode=require"),
        // libpq's rule: require with a named root certificate checks the chain.
        Case(text: "postgres://l@h/d?sslmode=require&sslrootcert=/etc/ladder/ca.pem", mode: .require,
             rootCert: "/etc/ladder/ca.pem", check: .chain,
             shown: "postgres://l@h:5432/d?sslmode=require&sslrootcert=/etc/ladder/ca.pem"),
        Case(text: "postgres://l@h/d?sslmode=verify-ca", mode: .verifyCA, check: .chain,
             shown: "postgres://l@h:5432/d?sslmode=verify-ca"),
        Case(text: "postgresql://l@h:6432/d?sslrootcert=/etc/ladder/ca.pem&sslmode=verify-full", mode: .verifyFull,
             rootCert: "/etc/ladder/ca.pem", check: .chainAndHost,
             shown: "postgres://l@h:6432/d?sslmode=verify-full&sslrootcert=/etc/ladder/ca.pem"),
        Case(text: "postgres://l@h/d?sslmode=verify-full&sslrootcert=system", mode: .verifyFull, rootCert: "system",
             check: .chainAndHost, shown: "postgres://l@h:5432/d?sslmode=verify-full&sslrootcert=system"),
        // The system's CAs make verify-full the default (libpq 16), from the environment too.
        Case(text: "postgres://l@h/d?sslrootcert=system", mode: .verifyFull, rootCert: "system",
             check: .chainAndHost, shown: "postgres://l@h:5432/d?sslmode=verify-full&sslrootcert=system"),
        Case(text: "postgres://l@h/d", environment: ["PGSSLROOTCERT": "system"], mode: .verifyFull, rootCert: "system",
             check: .chainAndHost, shown: "postgres://l@h:5432/d?sslmode=verify-full&sslrootcert=system"),
        // The later of two wins, as in libpq.
        Case(text: "postgres://l@h/d?sslmode=disable&sslmode=require", mode: .require, check: .none,
             shown: "postgres://l@h:5432/d?sslmode=require"),
        // Percent-encoded path in, the same encoding out; an empty value is no value.
        Case(text: "postgres://l@h/d?sslmode=verify-ca&sslrootcert=/home/%E5%BC%A0/ca%20file%26.pem", mode: .verifyCA,
             rootCert: "/home/张/ca file&.pem", check: .chain,
             shown: "postgres://l@h:5432/d?sslmode=verify-ca&sslrootcert=/home/%E5%BC%A0/ca%20file%26.pem"),
        Case(text: "postgres://l@h/d?sslrootcert=", mode: .prefer, check: .none, shown: "postgres://l@h:5432/d"),
        // The environment fills in what the address does not say, never over it.
        Case(text: "postgres://l@h/d", environment: ["PGSSLMODE": "require"], mode: .require, check: .none,
             shown: "postgres://l@h:5432/d?sslmode=require"),
        Case(text: "postgres://l@h/d?sslmode=disable", environment: ["PGSSLMODE": "verify-full"], mode: .disable,
             check: .none, shown: "postgres://l@h:5432/d?sslmode=disable"),
        Case(text: "postgres://l@h/d", environment: ["PGSSLMODE": ""], mode: .prefer, check: .none, shown: "postgres://l@h:5432/d"),
        Case(text: "postgres://l@h/d?sslmode=verify-ca", environment: ["PGSSLROOTCERT": "/srv/ca.pem"], mode: .verifyCA,
             rootCert: "/srv/ca.pem", check: .chain, shown: "postgres://l@h:5432/d?sslmode=verify-ca&sslrootcert=/srv/ca.pem"),
        Case(text: "postgres://l@h/d?sslrootcert=/a.pem", environment: ["PGSSLMODE": "verify-ca", "PGSSLROOTCERT": "/b.pem"],
             mode: .verifyCA, rootCert: "/a.pem", check: .chain, shown: "postgres://l@h:5432/d?sslmode=verify-ca&sslrootcert=/a.pem"),
    ])
    func reads(_ c: Case) throws {
        let address = try PostgresAddress(c.text, environment: c.environment)
        #expect(address.sslMode == c.mode)
        #expect(address.sslRootCert == c.rootCert)
        #expect(address.certificateCheck == c.check)
        #expect(address.description == c.shown)
        #expect(try PostgresAddress(address.description, environment: [:]) == address)
    }

    @Test func anotherDatabaseKeepsTheTLS() throws {
        let address = try PostgresAddress("postgres://l@h/d?sslmode=verify-full&sslrootcert=/ca.pem", environment: [:])
        #expect(address.with(database: "e").description == "postgres://l@h:5432/e?sslmode=verify-full&sslrootcert=/ca.pem")
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        let text: String
        var environment: [String: String] = [:]
        let error: PostgresError
        var testDescription: String { text }
    }

    @Test(arguments: [
        Refusal(text: "postgres://l@h/d?sslcert=/client.pem",
                error: .unknownParameter(address: "postgres://l@h/d?sslcert=/client.pem", name: "sslcert")),
        Refusal(text: "postgres://l@h/d?sslmode=require&connect_timeout=5",
                error: .unknownParameter(address: "postgres://l@h/d?sslmode=require&connect_timeout=5", name: "connect_timeout")),
        // libpq's names are lower case; a capital is a typo, not a synonym.
        Refusal(text: "postgres://l@h/d?SSLMODE=require", error: .unknownParameter(address: "postgres://l@h/d?SSLMODE=require", name: "SSLMODE")),
        Refusal(text: "postgres://l@h/d?sslmode=verify_full",
                error: .badSSLMode(address: "postgres://l@h/d?sslmode=verify_full", value: "verify_full", source: "sslmode")),
        Refusal(text: "postgres://l@h/d?sslmode=", error: .badSSLMode(address: "postgres://l@h/d?sslmode=", value: "", source: "sslmode")),
        Refusal(text: "postgres://l@h/d?sslmode", error: .badSSLMode(address: "postgres://l@h/d?sslmode", value: "", source: "sslmode")),
        Refusal(text: "postgres://l@h/d", environment: ["PGSSLMODE": "on"],
                error: .badSSLMode(address: "postgres://l@h/d", value: "on", source: "$PGSSLMODE")),
        Refusal(text: "postgres://l@h/d?sslmode=verify-ca&sslrootcert=system",
                error: .systemRootsNeedVerifyFull(address: "postgres://l@h/d?sslmode=verify-ca&sslrootcert=system", mode: .verifyCA)),
        Refusal(text: "postgres://l@h/d?sslrootcert=system", environment: ["PGSSLMODE": "require"],
                error: .systemRootsNeedVerifyFull(address: "postgres://l@h/d?sslrootcert=system", mode: .require)),
        // The password is refused (and hidden) before any parameter is looked at.
        Refusal(text: "postgres://l:s3cret@h/d?sslmode=nonsense", error: .passwordInAddress(address: "postgres://l:***@h/d?sslmode=nonsense")),
    ])
    func refuses(_ r: Refusal) {
        #expect(throws: r.error) { try PostgresAddress(r.text, environment: r.environment) }
    }

    @Test func withoutARootCertificateVerifyingUsesLibpqsDefaultFile() throws {
        let address = try PostgresAddress("postgres://l@h/d?sslmode=verify-ca", environment: [:])
        #expect(address.rootCertificatePath(home: "/home/clerk") == "/home/clerk/.postgresql/root.crt")
        #expect(throws: PostgresError.rootCertificateMissing(address: "postgres://l@h:5432/d?sslmode=verify-ca",
                                                            path: "/home/clerk/.postgresql/root.crt")) {
            try address.tls(home: "/home/clerk")
        }
    }
}
