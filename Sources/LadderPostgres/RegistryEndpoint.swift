import Foundation
import LadderKit

/// Where a registry is: a SQLite file's path, or a PostgreSQL database's address.
public enum RegistryEndpoint: Equatable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresAddress)

    /// A `postgres://` or `postgresql://` address is PostgreSQL; anything else is a file's path.
    public init(_ text: String) throws {
        self = PostgresAddress.isAddress(text) ? .postgres(try PostgresAddress(text)) : .sqlite(path: text)
    }

    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let address): address.description
        }
    }

    func isSame(as other: RegistryEndpoint) -> Bool {
        switch (self, other) {
        case (.sqlite(let a), .sqlite(let b)):
            let resolve = { (p: String) in URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
            return resolve(a) == resolve(b)
        case (.postgres(let a), .postgres(let b)): return a == b
        default: return false
        }
    }
}
