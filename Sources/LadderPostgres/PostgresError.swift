import LadderKit

/// What went wrong with a PostgreSQL registry, worded from the catalogue; never holds a password.
public enum PostgresError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum AddressProblem: String, Sendable {
        case notAnAddress, fragment, noDatabase, noUser, badPort
    }

    case passwordInAddress(address: String)
    case notARegistry(address: String)
    case badAddress(address: String, reason: AddressProblem)
    case unknownParameter(address: String, name: String)
    /// `source` is where the value came from: `sslmode` (the address) or `$PGSSLMODE`.
    case badSSLMode(address: String, value: String, source: String)
    /// `sslrootcert=system` with a mode weaker than verify-full.
    case systemRootsNeedVerifyFull(address: String, mode: PostgresSSLMode)
    case cannotConnect(address: String, detail: String)
    case tlsRefused(address: String, mode: PostgresSSLMode)
    /// The certificate does not chain to a CA in the root certificate file `rootCert`.
    case certificateUntrusted(address: String, rootCert: String)
    /// Under verify-full, the certificate does not name the host the address gives.
    case certificateWrongHost(address: String, host: String)
    case rootCertificateMissing(address: String, path: String)
    case rootCertificateUnreadable(address: String, path: String)
    /// The connection was closed (by the server, or by this process) before a statement was sent.
    case connectionLost(address: String)
    case serverRefused(address: String, detail: String)
    case newerSchema(address: String, found: String)
    case olderSchema(address: String, missing: String)

    public var description: String {
        switch self {
        case .passwordInAddress(let address): PostgresText.passwordInAddress.text(["address": address])
        case .notARegistry(let address): PostgresText.notARegistry.text(["address": address])
        case .badAddress(let address, let reason):
            PostgresText.badAddress.text(["address": address, "reason": PostgresError.words(for: reason)])
        case .unknownParameter(let address, let name): PostgresText.unknownParameter.text(["address": address, "name": name])
        case .badSSLMode(let address, let value, let source):
            PostgresText.badSSLMode.text(["address": address, "value": value, "source": source, "accepted": PostgresSSLMode.spelled])
        case .systemRootsNeedVerifyFull(let address, let mode):
            PostgresText.systemRootsNeedVerifyFull.text(["address": address, "mode": mode.rawValue])
        case .cannotConnect(let address, let detail): PostgresText.cannotConnect.text(["address": address, "detail": detail])
        case .tlsRefused(let address, let mode): PostgresText.tlsRefused.text(["address": address, "mode": mode.rawValue])
        case .certificateUntrusted(let address, let rootCert):
            PostgresText.certificateUntrusted.text(["address": address, "path": rootCert])
        case .certificateWrongHost(let address, let host): PostgresText.certificateWrongHost.text(["address": address, "host": host])
        case .rootCertificateMissing(let address, let path): PostgresText.rootCertificateMissing.text(["address": address, "path": path])
        case .rootCertificateUnreadable(let address, let path):
            PostgresText.rootCertificateUnreadable.text(["address": address, "path": path])
        case .connectionLost(let address): PostgresText.connectionLost.text(["address": address])
        case .serverRefused(let address, let detail): PostgresText.serverRefused.text(["address": address, "detail": detail])
        case .newerSchema(let address, let found): PostgresText.newerSchema.text(["address": address, "found": found])
        case .olderSchema(let address, let missing): PostgresText.olderSchema.text(["address": address, "missing": missing])
        }
    }

    private static func words(for reason: AddressProblem) -> String {
        switch reason {
        case .notAnAddress: PostgresText.reasonNotAnAddress.text()
        case .fragment: PostgresText.reasonFragment.text()
        case .noDatabase: PostgresText.reasonNoDatabase.text()
        case .noUser: PostgresText.reasonNoUser.text()
        case .badPort: PostgresText.reasonBadPort.text()
        }
    }
}
