import Foundation
import GRDB
import Testing
@testable import LadderKit

/// The rule on grant numbers during an import (`GrantNumberRule`): a first import into an empty
/// registry sets its trigger aside with the indexes and checks the whole table once before it
/// commits; an import into a registry that holds firms meets the trigger on every grant. Either
/// way a number written twice leaves the registry as it was, with the trigger in place. The
/// second grant is written by a temporary trigger, as a fault in ladder would write it.
@Suite struct ImportGrantNumberRuleTests {
    /// After each firm is inserted, a certificate GR202336099999 for it.
    static func certifyEveryFirmAlike(_ registry: Registry) throws {
        try registry.writer.write { db in
            try db.execute(sql: """
                CREATE TEMP TRIGGER same_certificate AFTER INSERT ON main.enterprise
                BEGIN
                    INSERT INTO event (enterprise_id, kind, effective_on, tier, number, year, recorded_at, operator, batch_id)
                    VALUES (NEW.id, 'certify', '2023-11-22', 'hnte', 'GR202336099999', 2023, NEW.created_at, 'test', NEW.batch_id);
                END
                """)
        }
    }

    static func triggers(_ registry: Registry) throws -> [String] {
        try registry.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'event' ORDER BY name")
        }
    }

    static let eventTriggers = ["event_is_append_only_delete", "event_is_append_only_update", "event_number_in_force_once"]

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// Firms imported (from their own file) before the faulty import.
        let firmsBefore: [Int]
        /// The import's error when the whole table is checked before commit; nil when the trigger
        /// refuses the insert itself.
        let twice: ImportError?
        let after: Tally
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "empty registry: one check before commit finds it, nothing is written", firmsBefore: [],
             twice: .indexesNotBuilt(reason: "certify number GR202336099999 is in force for more than one grant "
                                         + "(event_number_in_force_once)"),
             after: Tally(enterprises: 0, events: 0, facts: 0, batches: 0)),
        Case(name: "registry with a firm: the trigger refuses the insert, the file is not written", firmsBefore: [10],
             twice: nil, after: Tally(enterprises: 1, events: 0, facts: 0, batches: 1)),
    ]

    @Test(arguments: cases) func aNumberWrittenTwiceRollsTheWholeFileBack(_ c: Case) throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        if !c.firmsBefore.isEmpty {
            try importFile(try scratch.write("before.csv", ImportForeignKeyTests.header + ImportForeignKeyTests.rows(c.firmsBefore)),
                           into: registry)
        }
        try Self.certifyEveryFirmAlike(registry)
        let path = try scratch.write("firms.csv", ImportForeignKeyTests.header + ImportForeignKeyTests.rows([0, 1, 2]))
        do {
            try importFile(path, into: registry, at: "2025-03-02T02:00:00Z")
            Issue.record("the import should have failed")
        } catch let error as ImportError {
            #expect(error == c.twice)
        } catch let error as DatabaseError {
            #expect(c.twice == nil)
            #expect(error.message == "this certificate or 科小 number is already in force for another grant: void that grant first")
        }
        #expect(try registry.tally() == c.after)
        #expect(try Self.triggers(registry) == Self.eventTriggers)
    }

    @Test func aFirstImportPutsTheTriggerBack() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let report = try importFile(try scratch.copy("clean-roster.csv"), into: registry)
        #expect((report.rows, report.rejected) == (2, 0))
        #expect(try Self.triggers(registry) == Self.eventTriggers)
        #expect(try registry.verify() == [])
    }
}
