import Foundation
import PostgresNIO

extension PostgresAddress {
    /// How much of the server's certificate is checked before anything is sent over the connection.
    enum CertificateCheck: Equatable {
        case none, chain, chainAndHost
    }

    /// libpq's meaning of the sslmode: `require` checks the chain when a root certificate is named
    /// (libpq does the same; it also does so when ~/.postgresql/root.crt exists, which ladder does
    /// not look for under `require`, so that a file nobody named never turns a working address off).
    var certificateCheck: CertificateCheck {
        switch sslMode {
        case .disable, .allow, .prefer: .none
        case .require: sslRootCert == nil ? .none : .chain
        case .verifyCA: .chain
        case .verifyFull: .chainAndHost
        }
    }

    /// The root certificate file a check uses: `sslrootcert` (or $PGSSLROOTCERT), else libpq's
    /// default, ~/.postgresql/root.crt. `system` means the system's trusted CAs (libpq 16 spelling).
    func rootCertificatePath(home: String) -> String {
        sslRootCert ?? (home as NSString).appendingPathComponent(".postgresql/root.crt")
    }

    /// PostgresNIO's TLS for this address; reads the root certificate file now, so that a missing
    /// or broken one is named before any connection is tried.
    func tls(home: String = NSHomeDirectory()) throws -> PostgresConnection.Configuration.TLS {
        if sslMode == .disable { return .disable }
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch certificateCheck {
        case .none: configuration.certificateVerification = .none
        case .chain: configuration.certificateVerification = .noHostnameVerification
        case .chainAndHost: configuration.certificateVerification = .fullVerification
        }
        if certificateCheck != .none {
            configuration.trustRoots = try trustRoots(at: rootCertificatePath(home: home))
        }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: configuration)
        } catch {
            throw PostgresError.cannotConnect(address: description, detail: "\(error)")
        }
        switch sslMode {
        case .disable, .allow, .prefer: return .prefer(context)
        case .require, .verifyCA, .verifyFull: return .require(context)
        }
    }

    private func trustRoots(at path: String) throws -> NIOSSLTrustRoots {
        if path == "system" { return .default }
        guard FileManager.default.fileExists(atPath: path) else {
            throw PostgresError.rootCertificateMissing(address: description, path: path)
        }
        // NIOSSL says only "failedToLoadCertificate", whatever is wrong with the file: the path says more.
        guard let certificates = try? NIOSSLCertificate.fromPEMFile(path), !certificates.isEmpty else {
            throw PostgresError.rootCertificateUnreadable(address: description, path: path)
        }
        return .certificates(certificates)
    }
}

extension PostgresAddress {
    /// What a failed connection tells a clerk: the TLS refusals by name, anything else in the words
    /// of the server or the client.
    func connectionError(_ error: any Error) -> PostgresError {
        guard let error = error as? PSQLError else {
            return .cannotConnect(address: description, detail: PostgresSession.detail(of: error))
        }
        if error.code == .sslUnsupported { return .tlsRefused(address: description, mode: sslMode) }
        if certificateCheck == .chainAndHost, error.underlying as? NIOSSLExtraError == .failedToValidateHostname {
            return .certificateWrongHost(address: description, host: host)
        }
        // BoringSSL's reason is only in its message; a handshake refused for another cause
        // (no common protocol version, say) keeps its own words below.
        if certificateCheck != .none, case .handshakeFailed(let reason)? = error.underlying as? NIOSSLError,
           "\(reason)".contains("CERTIFICATE_VERIFY_FAILED") {
            return .certificateUntrusted(address: description, rootCert: rootCertificatePath(home: NSHomeDirectory()))
        }
        return .cannotConnect(address: description, detail: PostgresSession.detail(of: error))
    }
}
