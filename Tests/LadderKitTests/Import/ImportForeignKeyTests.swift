import Foundation
import GRDB
import Testing
@testable import LadderKit

/// A first import into an empty registry checks its foreign keys once, before it commits
/// (`DeferredForeignKeys`); an import into a registry that holds firms checks them on every
/// insert. Either way a row naming a missing parent leaves the registry as it was. The bad row is
/// written by a temporary trigger, as a fault in ladder would write it.
@Suite struct ImportForeignKeyTests {
    static let header = "统一社会信用代码,企业名称,行政区划代码\n"

    static func rows(_ numbers: [Int]) -> String {
        numbers.map { "\(ImportCodes.filler($0).text),填充公司\($0),360722\n" }.joined()
    }

    /// After firm `filler(n)` is inserted, a facts version of firm 999, which does not exist.
    static func addDanglingFact(_ registry: Registry, after n: Int) throws {
        try registry.writer.write { db in
            try db.execute(sql: """
                CREATE TEMP TRIGGER dangling_fact AFTER INSERT ON main.enterprise
                WHEN NEW.credit_code = '\(ImportCodes.filler(n).text)'
                BEGIN
                    INSERT INTO fact (enterprise_id, year, facts, digest, recorded_at, operator, batch_id)
                    VALUES (999, 2024, '{}', 0, NEW.created_at, 'test', NEW.batch_id);
                END
                """)
        }
    }

    static func keysEnforced(_ registry: Registry) throws -> Bool {
        try registry.writer.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys")! }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// Firms imported (from their own file) before the faulty import.
        let firmsBefore: [Int]
        /// The import's error when the keys are checked before commit; nil when SQLite refuses the
        /// insert itself (keys checked row by row).
        let dangling: ImportError?
        let after: Tally
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "empty registry: one check before commit finds it, nothing is written", firmsBefore: [],
             dangling: .danglingReference(table: "fact", rowID: 1, column: "enterprise_id", parent: "enterprise"),
             after: Tally(enterprises: 0, events: 0, facts: 0, batches: 0)),
        Case(name: "registry with a firm: the insert itself is refused, the file is not written", firmsBefore: [10],
             dangling: nil, after: Tally(enterprises: 1, events: 0, facts: 0, batches: 1)),
    ]

    @Test(arguments: cases) func aRowNamingAMissingParentRollsTheWholeFileBack(_ c: Case) throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        if !c.firmsBefore.isEmpty {
            try importFile(try scratch.write("before.csv", ImportForeignKeyTests.header + ImportForeignKeyTests.rows(c.firmsBefore)),
                           into: registry)
        }
        try ImportForeignKeyTests.addDanglingFact(registry, after: 1)
        let path = try scratch.write("firms.csv", ImportForeignKeyTests.header + ImportForeignKeyTests.rows([0, 1, 2]))
        do {
            try importFile(path, into: registry, at: "2025-03-02T02:00:00Z")
            Issue.record("the import should have failed")
        } catch let error as ImportError {
            #expect(error == c.dangling)
        } catch let error as DatabaseError {
            #expect(c.dangling == nil)
            #expect(error.resultCode == .SQLITE_CONSTRAINT)
            #expect(error.message?.contains("FOREIGN KEY") == true)
        }
        #expect(try registry.tally() == c.after)
        #expect(try ImportForeignKeyTests.keysEnforced(registry))
    }

    @Test func aFirstImportLeavesKeysEnforcedAndTheRegistryVerified() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let path = try scratch.write("firms.csv", ImportForeignKeyTests.header + ImportForeignKeyTests.rows([0, 1, 2]))
        let report = try importFile(path, into: registry)
        #expect((report.rows, report.newEnterprises, report.rejected) == (3, 3, 0))
        #expect(try ImportForeignKeyTests.keysEnforced(registry))
        #expect(try registry.verify().isEmpty)
        // The next import (into a registry that now holds firms) is checked row by row again.
        try ImportForeignKeyTests.addDanglingFact(registry, after: 5)
        let more = try scratch.write("more.csv", ImportForeignKeyTests.header + ImportForeignKeyTests.rows([4, 5]))
        #expect(throws: DatabaseError.self) { try importFile(more, into: registry, at: "2025-03-02T02:00:00Z") }
        #expect(try registry.tally() == Tally(enterprises: 3, events: 0, facts: 0, batches: 1))
    }
}
