import Foundation
import LadderKit

/// `ladder copy FROM TO`: a whole registry, every record table, between SQLite and PostgreSQL in
/// either direction (or between two of the same engine). The source is read from one snapshot;
/// the target, which must hold no records, is filled in one transaction; caches are rebuilt, not
/// copied. A SQLite target that did not exist is created, and removed again if the copy fails.
public enum RegistryCopy {
    public static func run(from source: RegistryEndpoint, to target: RegistryEndpoint,
                           options: OpenOptions = OpenOptions()) throws -> RegistryCounts {
        if source.isSame(as: target) { throw CopyError.sameRegistry(address: source.description) }
        return try reading(source, options: options) { rows in
            try writing(target, options: options) { fill in try fill(rows, source.description) }
        }
    }

    private static func reading<T>(_ endpoint: RegistryEndpoint, options: OpenOptions,
                                   _ body: (any RegistryRowSource) throws -> T) throws -> T {
        switch endpoint {
        case .sqlite(let path):
            guard FileManager.default.fileExists(atPath: path) else {
                throw RegistryError.fileProblem(path: path, detail: SystemText.noSuchFile.text())
            }
            return try Registry.open(path: path, options: options).withRowSource(body)
        case .postgres(let address):
            let session = try PostgresSession.connect(address)
            defer { session.close() }
            guard try session.text("SELECT to_regclass('ladder_migration')::text") != nil else {
                throw PostgresError.notARegistry(address: address.description)
            }
            return try PostgresRegistry(session: session).withRowSource(body)
        }
    }

    private typealias Fill = (any RegistryRowSource, String) throws -> RegistryCounts

    private static func writing(_ endpoint: RegistryEndpoint, options: OpenOptions,
                                _ body: (Fill) throws -> RegistryCounts) throws -> RegistryCounts {
        switch endpoint {
        case .sqlite(let path):
            let existed = FileManager.default.fileExists(atPath: path)
            do {
                let registry = try Registry.open(path: path, options: options)
                return try body { rows, name in try registry.fill(from: rows, sourceName: name) }
            } catch {
                if !existed { for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
                throw error
            }
        case .postgres(let address):
            let session = try PostgresSession.connect(address)
            defer { session.close() }
            let registry = PostgresRegistry(session: session)
            return try body { rows, name in try registry.fill(from: rows, sourceName: name) }
        }
    }
}
