import Testing
@testable import LadderKit

/// The seam's rows on SQLite, read straight from the statement: each storage class as SQLite
/// holds it, the same through a cached statement as through a new one.
@Suite struct GRDBConnectionRowTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let expression: String
        let value: StoredValue
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "integer", expression: "42", value: .integer(42)),
        Case(name: "smallest integer", expression: "-9223372036854775807 - 1", value: .integer(Int64.min)),
        Case(name: "real", expression: "2.5", value: .real(2.5)),
        Case(name: "Chinese text", expression: "'上饶升精机电科技有限公司'", value: .text("上饶升精机电科技有限公司")),
        Case(name: "empty text", expression: "''", value: .text("")),
        Case(name: "text holding NUL", expression: "'a' || char(0) || 'b'", value: .text("a\u{0}b")),
        Case(name: "blob", expression: "x'00ff'", value: .blob([0x00, 0xFF])),
        Case(name: "empty blob", expression: "x''", value: .blob([])),
        Case(name: "NULL", expression: "NULL", value: .null),
    ]

    @Test(arguments: cases)
    func aColumnReadsAsStored(_ c: Case) throws {
        let registry = try Registry.inMemory()
        let rows = try registry.reading { connection in
            [try connection.rows("SELECT 7, \(c.expression)"), try connection.cachedRows("SELECT 7, \(c.expression)", [])]
        }
        #expect(rows == [[StoredRow([.integer(7), c.value])], [StoredRow([.integer(7), c.value])]])
    }

    @Test func argumentsAndSeveralRows() throws {
        let registry = try Registry.inMemory()
        let rows = try registry.reading { connection in
            try connection.rows("SELECT value, ?1 FROM json_each(?2) ORDER BY key", [.text("科技"), .text("[3,1,2]")])
        }
        #expect(rows == [StoredRow([.integer(3), .text("科技")]), StoredRow([.integer(1), .text("科技")]),
                         StoredRow([.integer(2), .text("科技")])])
    }
}
