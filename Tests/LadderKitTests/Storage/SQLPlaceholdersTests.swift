import LadderKit
import Testing

/// LadderKit's `?` and `?N` placeholders as PostgreSQL's `$N`, never inside quotes or comments.
@Suite struct SQLPlaceholdersTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let sql: String
        let numbered: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "bare marks in order", sql: "SELECT a FROM t WHERE b = ? AND c > ?",
             numbered: "SELECT a FROM t WHERE b = $1 AND c > $2"),
        Case(name: "numbered marks reused", sql: "WHERE p.recorded_at <= ?1 AND b.recorded_at <= ?1",
             numbered: "WHERE p.recorded_at <= $1 AND b.recorded_at <= $1"),
        Case(name: "a bare mark after ?2 is the third", sql: "?2 ?1 ?", numbered: "$2 $1 $3"),
        Case(name: "a two-digit number", sql: "VALUES (?10, ?)", numbered: "VALUES ($10, $11)"),
        Case(name: "a mark in a string is text", sql: "SELECT '?', ? FROM t", numbered: "SELECT '?', $1 FROM t"),
        Case(name: "a doubled quote stays in the string", sql: "WHERE n = 'it''s ?' AND m = ?",
             numbered: "WHERE n = 'it''s ?' AND m = $1"),
        Case(name: "a quoted name", sql: "SELECT \"a?b\" FROM t WHERE x = ?", numbered: "SELECT \"a?b\" FROM t WHERE x = $1"),
        Case(name: "a line comment", sql: "SELECT ? -- why? because\nFROM t WHERE y = ?",
             numbered: "SELECT $1 -- why? because\nFROM t WHERE y = $2"),
        Case(name: "a block comment", sql: "SELECT /* ?, ?1 */ ?", numbered: "SELECT /* ?, ?1 */ $1"),
        Case(name: "Chinese text around a mark", sql: "SELECT '江西?' || ?", numbered: "SELECT '江西?' || $1"),
        Case(name: "no marks", sql: "SELECT max(id) FROM event", numbered: "SELECT max(id) FROM event"),
        Case(name: "an unterminated string is kept as it is", sql: "SELECT ? 'open ?", numbered: "SELECT $1 'open ?"),
    ])
    func numbers(_ c: Case) {
        #expect(SQLPlaceholders.numbered(c.sql) == c.numbered)
    }
}
