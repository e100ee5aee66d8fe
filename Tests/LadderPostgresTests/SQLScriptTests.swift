@testable import LadderPostgres
import Testing

@Suite struct SQLScriptTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let script: String
        let statements: [String]
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "semicolons in quotes and comments stay", script: "CREATE TABLE a (x text DEFAULT 'a;b');\n-- it's c; d\nSELECT \"x;\" FROM a;",
             statements: ["CREATE TABLE a (x text DEFAULT 'a;b')", "-- it's c; d\nSELECT \"x;\" FROM a"]),
        Case(name: "dollar-quoted bodies stay whole",
             script: "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\nSELECT $body$ a; $$ b $body$;",
             statements: ["CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$", "SELECT $body$ a; $$ b $body$"]),
        Case(name: "comment-only and empty pieces dropped", script: "-- header\n\n;;SELECT 1\n-- trailer\n",
             statements: ["SELECT 1\n-- trailer"]),
        Case(name: "positional parameters are not dollar quotes", script: "SELECT $1, $2; SELECT 3",
             statements: ["SELECT $1, $2", "SELECT 3"]),
    ])
    func splits(_ c: Case) {
        #expect(SQLScript.statements(c.script) == c.statements)
    }

    @Test func theMigrationSplitsIntoItsStatements() {
        let statements = SQLScript.statements(PostgresSchemaV1.sql)
        #expect(statements.filter { $0.contains("CREATE TABLE") }.count == 19)
        #expect(statements.filter { $0.contains("CREATE TRIGGER") }.count == 17)
        #expect(statements.first?.hasSuffix("END\n$$") == true)
    }
}
