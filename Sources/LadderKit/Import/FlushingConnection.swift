/// A connection that runs `before` ahead of every statement: an import on a server hands the
/// session this one, so the rows it keeps for loading in bulk are written before anything reads.
final class FlushingConnection: RegistryConnection {
    private let base: any RegistryConnection
    private let before: () throws -> Void

    init(_ base: any RegistryConnection, before: @escaping () throws -> Void) {
        self.base = base
        self.before = before
    }

    var dialect: SQLDialect { base.dialect }

    func execute(_ sql: String, _ arguments: [StoredValue]) throws {
        try before()
        try base.execute(sql, arguments)
    }

    func forEachRow(_ sql: String, _ arguments: [StoredValue], _ body: (StoredRow) throws -> Void) throws {
        try before()
        try base.forEachRow(sql, arguments, body)
    }

    func inWriteTransaction<T>(_ body: () throws -> T) throws -> T { try base.inWriteTransaction(body) }

    func inReadSnapshot<T>(_ body: () throws -> T) throws -> T { try base.inReadSnapshot(body) }
}
