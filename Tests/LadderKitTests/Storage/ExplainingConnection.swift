import LadderKit

/// A connection that passes everything to `inner` and, before each grant read from the
/// `grant_place` cache (row by row or packed), asks the server how it will run it (`EXPLAIN`):
/// the plan, line by line.
final class ExplainingConnection: PackedReading {
    let inner: any PackedReading
    private(set) var plans: [[String]] = []

    init(_ inner: any PackedReading) {
        self.inner = inner
    }

    var dialect: SQLDialect { inner.dialect }

    func execute(_ sql: String, _ arguments: [StoredValue]) throws {
        try inner.execute(sql, arguments)
    }

    func forEachRow(_ sql: String, _ arguments: [StoredValue], _ body: (StoredRow) throws -> Void) throws {
        if sql.contains("SELECT event_id"), sql.contains("FROM grant_place\n") { try explain(sql, arguments) }
        try inner.forEachRow(sql, arguments, body)
    }

    func forEachPackedRow(_ sql: String, _ arguments: [StoredValue], values: Int,
                          _ body: (PackedRow) throws -> Void) throws {
        if sql.contains("FROM grant_place\n") { try explain(sql, arguments) }
        try inner.forEachPackedRow(sql, arguments, values: values, body)
    }

    private func explain(_ sql: String, _ arguments: [StoredValue]) throws {
        var plan: [String] = []
        try inner.forEachRow("EXPLAIN " + sql, arguments) { plan.append($0.text(0) ?? "") }
        plans.append(plan)
    }

    func inWriteTransaction<T>(_ body: () throws -> T) throws -> T {
        try inner.inWriteTransaction(body)
    }

    func inReadSnapshot<T>(_ body: () throws -> T) throws -> T {
        try inner.inReadSnapshot(body)
    }
}
