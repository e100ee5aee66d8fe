import Foundation
import LadderKit
import Logging
import NIOCore
import PostgresNIO

/// One connection to a PostgreSQL registry, with a blocking API: what the command line needs
/// until LadderKit runs on both engines. Errors come out as `PostgresError`, worded without the
/// password (PostgresNIO's own descriptions hide the server's message; this one shows it).
public final class PostgresSession: @unchecked Sendable {
    public let address: PostgresAddress
    let connection: PostgresConnection
    let logger = Logger(label: "ladder.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    private init(address: PostgresAddress, connection: PostgresConnection) {
        self.address = address
        self.connection = connection
    }

    /// Connects with the password from $PGPASSWORD or ~/.pgpass (none: trust or peer sign-in).
    /// Encrypted as the address's sslmode says (`PostgresAddress+TLS`).
    public static func connect(_ address: PostgresAddress, password: String? = nil) throws -> PostgresSession {
        let configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user,
            password: password ?? PostgresPassword.lookUp(for: address), database: address.database, tls: try address.tls())
        let logger = Logger(label: "ladder.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        do {
            let connection = try blocking {
                try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            }
            return PostgresSession(address: address, connection: connection)
        } catch {
            throw address.connectionError(error)
        }
    }

    /// Whether the connection is still open (a failed ROLLBACK or a lost server closes it).
    public var isUsable: Bool { !connection.isClosed }

    public func close() {
        let connection = connection
        try? blocking { try await connection.close() }
    }

    /// Runs one statement.
    public func execute(_ sql: String, _ binds: [StoredValue] = []) throws {
        _ = try rows(sql, binds, types: [])
    }

    /// Runs every statement of a script, in order.
    public func run(script: String) throws {
        for statement in SQLScript.statements(script) { try execute(statement) }
    }

    /// The rows of one query, each decoded column by column as `types` says (columns past the end
    /// of `types` are read as text).
    public func rows(_ sql: String, _ binds: [StoredValue] = [],
                     types: [RegistryTable.ColumnType]) throws -> [[StoredValue]] {
        try rows(sql, binds) { index, cell in try StoredValue(cell, as: index < types.count ? types[index] : .text) }
    }

    /// The rows of one query, each column read as its PostgreSQL type says: integers (int2, int4,
    /// int8) as integers, floating point as reals, bytea as bytes, anything else as text.
    public func rows(_ sql: String, _ binds: [StoredValue]) throws -> [[StoredValue]] {
        try rows(sql, binds) { _, cell in try StoredValue(cell) }
    }

    private func rows(_ sql: String, _ binds: [StoredValue],
                      decode: (Int, PostgresCell) throws -> StoredValue) throws -> [[StoredValue]] {
        var out: [[StoredValue]] = []
        try forEachRow(sql, binds) { row in
            out.append(try row.enumerated().map { index, cell in try decode(index, cell) })
        }
        return out
    }

    /// Runs one query and hands each row to `body` as the server sends it, on the calling thread's
    /// behalf: the rows are never all held at once (a statistic reads hundreds of thousands). An
    /// error `body` throws comes out as it is; the server's and the connection's as `PostgresError`.
    func forEachRow(_ sql: String, _ binds: [StoredValue], _ body: (PostgresRow) throws -> Void) throws {
        var bindings = PostgresBindings()
        for value in binds { bindings.append(value) }
        let query = PostgresQuery(unsafeSQL: sql, binds: bindings)
        let (connection, logger) = (connection, logger)
        try requireOpen()
        try withoutActuallyEscaping(body) { body in
            let sink = RowSink(body)
            defer { sink.close() }
            do {
                // The rows are handed over on the connection's event loop as they are decoded: an
                // async sequence cost a task switch per row, more than the rest of the read.
                _ = try connection.query(query, logger: logger) { row in try sink.take(row) }.wait()
            } catch {
                if let failure = sink.failure { throw failure }
                throw PostgresError.serverRefused(address: address.description, detail: PostgresSession.detail(of: error))
            }
        }
    }

    /// One text value (the first column of the first row), or nil.
    public func text(_ sql: String, _ binds: [StoredValue] = []) throws -> String? {
        guard case .text(let text)? = try rows(sql, binds, types: [.text]).first?.first else { return nil }
        return text
    }

    /// Streams `data` (COPY's text format) into `table`'s `columns` with one COPY statement.
    public func copy(into table: String, columns: [String], data: ByteBuffer) throws {
        let (connection, logger) = (connection, logger)
        try requireOpen()
        do {
            try blocking {
                try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
                    try await writer.write(data)
                }
            }
        } catch {
            throw PostgresError.serverRefused(address: address.description, detail: PostgresSession.detail(of: error))
        }
    }

    /// PostgresNIO's query on a closed connection never answers: a connection the server ended
    /// while it waited in the pool would hold its caller (a `ladder serve` thread) for good.
    private func requireOpen() throws {
        if connection.isClosed { throw PostgresError.connectionLost(address: address.description) }
    }

    /// The server's own words for a refusal (its message and detail), else the client's.
    static func detail(of error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                return [message, error.serverInfo?[.detail]].compactMap { $0 }.joined(separator: ": ")
            }
            if let underlying = error.underlying { return "\(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}

extension PostgresBindings {
    mutating func append(_ value: StoredValue) {
        switch value {
        case .null: appendNull()
        case .integer(let int): append(int)
        case .real(let double): append(double)
        case .text(let text): append(text)
        case .blob(let bytes): append(ByteBuffer(bytes: bytes))
        }
    }
}

extension StoredValue {
    init(_ cell: PostgresCell) throws {
        switch cell.dataType {
        case .int2, .int4, .int8: try self.init(cell, as: .integer)
        case .float4, .float8: try self.init(cell, as: .real)
        case .bytea: try self.init(cell, as: .blob)
        default: try self.init(cell, as: .text)
        }
    }

    init(_ cell: PostgresCell, as type: RegistryTable.ColumnType) throws {
        guard cell.bytes != nil else { self = .null; return }
        switch type {
        case .integer: self = .integer(try cell.decode(Int64.self))
        case .real: self = .real(try cell.decode(Double.self))
        case .text: self = .text(try cell.decode(String.self))
        case .blob: self = .blob(Array(buffer: try cell.decode(ByteBuffer.self)))
        }
    }
}
