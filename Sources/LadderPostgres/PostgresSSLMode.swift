/// libpq's `sslmode`: whether the connection to the server is encrypted, and how much of the
/// server's certificate is checked.
public enum PostgresSSLMode: String, CaseIterable, Sendable {
    /// Never encrypted.
    case disable
    /// libpq tries without TLS first; PostgresNIO cannot retry a connection, so ladder starts with
    /// TLS as `prefer` does (it falls back when the server has no TLS, never the other way round).
    case allow
    /// Encrypted when the server offers TLS, else not; the certificate is not checked.
    case prefer
    /// Encrypted or no connection; the certificate is not checked unless `sslrootcert` is given
    /// (then the chain is, as libpq does).
    case require
    /// Encrypted, and the server's certificate must chain to the root certificate; its name is not checked.
    case verifyCA = "verify-ca"
    /// As `verify-ca`, and the certificate must name the host the address gives (DNS name or IP address).
    case verifyFull = "verify-full"

    /// libpq's default: what an address that does not say, with no $PGSSLMODE, gets.
    public static let standard = PostgresSSLMode.prefer

    /// The values, in the order a message lists them.
    static let spelled = allCases.map(\.rawValue).joined(separator: ", ")
}
