import Foundation
import LadderKit

/// A PostgreSQL registry's address, `postgres://USER@HOST:PORT/DATABASE` (or `postgresql://`),
/// optionally with libpq's `?sslmode=…&sslrootcert=PATH`. The password is never part of it: an
/// address that holds one is refused (it would end up in shell histories, process lists and
/// messages), and `PostgresPassword` finds it instead.
public struct PostgresAddress: Equatable, Sendable, CustomStringConvertible {
    public let user: String
    public let host: String
    public let port: Int
    public let database: String
    public let sslMode: PostgresSSLMode
    /// The CA file the server's certificate must chain to (`system`: the system's trust store).
    public let sslRootCert: String?

    public static let defaultPort = 5432

    /// Whether `text` is meant as a PostgreSQL address rather than a SQLite file's path.
    public static func isAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// Reads `text`; `environment` gives what the address does not say, as libpq: the user
    /// ($PGUSER, else $USER), the sslmode ($PGSSLMODE) and the root certificate ($PGSSLROOTCERT).
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard PostgresAddress.isAddress(text), let parts = URLComponents(string: text) else {
            throw PostgresError.badAddress(address: PostgresAddress.redacted(text), reason: .notAnAddress)
        }
        if parts.password != nil {
            throw PostgresError.passwordInAddress(address: PostgresAddress.redacted(text))
        }
        if parts.fragment != nil { throw PostgresError.badAddress(address: text, reason: .fragment) }
        let parameters = try PostgresAddress.parameters(parts.percentEncodedQueryItems ?? [], of: text)
        let database = String(parts.path.drop { $0 == "/" }).removingPercentEncoding ?? ""
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresError.badAddress(address: text, reason: .noDatabase)
        }
        let user = parts.user?.removingPercentEncoding ?? environment["PGUSER"] ?? environment["USER"] ?? ""
        guard !user.isEmpty else { throw PostgresError.badAddress(address: text, reason: .noUser) }
        guard (parts.port ?? PostgresAddress.defaultPort) > 0, (parts.port ?? 1) < 65_536 else {
            throw PostgresError.badAddress(address: text, reason: .badPort)
        }
        var host = parts.host ?? ""
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        let modeText = parameters["sslmode"] ?? environment["PGSSLMODE"].flatMap { $0.isEmpty ? nil : $0 }
        var sslMode = PostgresSSLMode.standard
        if let modeText {
            guard let mode = PostgresSSLMode(rawValue: modeText) else {
                throw PostgresError.badSSLMode(address: text, value: modeText,
                                               source: parameters["sslmode"] != nil ? "sslmode" : "$PGSSLMODE")
            }
            sslMode = mode
        }
        let rootCert = (parameters["sslrootcert"] ?? environment["PGSSLROOTCERT"]).flatMap { $0.isEmpty ? nil : $0 }
        // libpq 16's rule: the system's public CAs vouch for any server with a public certificate,
        // so only the host name tells the right one; verify-full is their default and the only mode.
        if rootCert == "system" {
            if modeText == nil { sslMode = .verifyFull }
            guard sslMode == .verifyFull else { throw PostgresError.systemRootsNeedVerifyFull(address: text, mode: sslMode) }
        }
        self.init(user: user, host: host.isEmpty ? "localhost" : host, port: parts.port ?? PostgresAddress.defaultPort,
                  database: database, sslMode: sslMode, sslRootCert: rootCert)
    }

    public init(user: String, host: String, port: Int, database: String,
                sslMode: PostgresSSLMode = .standard, sslRootCert: String? = nil) {
        self.user = user
        self.host = host
        self.port = port
        self.database = database
        self.sslMode = sslMode
        self.sslRootCert = sslRootCert
    }

    /// `postgres://USER@HOST:PORT/DATABASE`, with `?sslmode=…` when it is not the default and the
    /// root certificate when one is named, so that it can be given again as it is printed. Safe to
    /// print: it never holds a password.
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        var parameters: [String] = []
        if sslMode != .standard { parameters.append("sslmode=\(sslMode.rawValue)") }
        if let sslRootCert {
            parameters.append("sslrootcert=" + (sslRootCert.addingPercentEncoding(withAllowedCharacters: .queryValue) ?? sslRootCert))
        }
        let query = parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&")
        return "postgres://\(user)@\(shownHost):\(port)/\(database)\(query)"
    }

    /// The same address with another database on the same server (tests make throwaway ones).
    public func with(database: String) -> PostgresAddress {
        PostgresAddress(user: user, host: host, port: port, database: database, sslMode: sslMode, sslRootCert: sslRootCert)
    }

    /// The parameters after `?`, by name (a later one wins, as in libpq); a name ladder does not
    /// read is refused rather than ignored, so a mistyped `sslmode` never silently connects in the clear.
    private static func parameters(_ items: [URLQueryItem], of text: String) throws -> [String: String] {
        var parameters: [String: String] = [:]
        for item in items {
            guard ["sslmode", "sslrootcert"].contains(item.name) else {
                throw PostgresError.unknownParameter(address: text, name: item.name.removingPercentEncoding ?? item.name)
            }
            let value = item.value ?? ""
            parameters[item.name] = value.removingPercentEncoding ?? value
        }
        return parameters
    }

    /// `text` with whatever stands between `user:` and `@` replaced by `***`, for messages.
    static func redacted(_ text: String) -> String {
        guard let scheme = text.range(of: "://") else { return text }
        let rest = text[scheme.upperBound...]
        guard let at = rest.lastIndex(of: "@") else { return text }
        let credentials = rest[..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(rest[at...])
    }
}

private extension CharacterSet {
    /// What may stand as it is in a query value: a path's slashes and dots, not `&`, `=`, `#` or `+`.
    static let queryValue = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=#+"))
}
