import Foundation
import LadderKit

/// A PostgreSQL registry's address, `postgres://USER@HOST:PORT/DATABASE` (or `postgresql://`).
/// The password is never part of it: an address that holds one is refused (it would end up in
/// shell histories, process lists and messages), and `PostgresPassword` finds it instead.
public struct PostgresAddress: Equatable, Sendable, CustomStringConvertible {
    public let user: String
    public let host: String
    public let port: Int
    public let database: String

    public static let defaultPort = 5432

    /// Whether `text` is meant as a PostgreSQL address rather than a SQLite file's path.
    public static func isAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// Reads `text`; `environment` gives the user when the address names none ($PGUSER, else $USER).
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard PostgresAddress.isAddress(text), let parts = URLComponents(string: text) else {
            throw PostgresError.badAddress(address: PostgresAddress.redacted(text), reason: .notAnAddress)
        }
        if parts.password != nil {
            throw PostgresError.passwordInAddress(address: PostgresAddress.redacted(text))
        }
        if parts.query != nil || parts.fragment != nil {
            throw PostgresError.badAddress(address: text, reason: .parameters)
        }
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
        self.init(user: user, host: host.isEmpty ? "localhost" : host,
                  port: parts.port ?? PostgresAddress.defaultPort, database: database)
    }

    public init(user: String, host: String, port: Int, database: String) {
        self.user = user
        self.host = host
        self.port = port
        self.database = database
    }

    /// `postgres://USER@HOST:PORT/DATABASE`: safe to print, it never holds a password.
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(shownHost):\(port)/\(database)"
    }

    /// The same address with another database on the same server (tests make throwaway ones).
    public func with(database: String) -> PostgresAddress {
        PostgresAddress(user: user, host: host, port: port, database: database)
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
