import GRDB
import Testing
@testable import LadderKit

/// Migration v11's trigger holds against anyone, not only ladder: a grant written with raw SQL
/// whose number is in force for another grant is refused, and one whose number is free (never
/// granted, or its grant voided) is written. On the reliability fixture: event 1 certifies firm A
/// GR202336000123 (revoked by event 5, not voided), event 2 admits firm B 2024360600A0000001.
@Suite struct GrantNumberRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let sql: String
        /// Whether the last statement is refused.
        let refused: Bool
        let events: Int
        var testDescription: String { name }
    }

    static let now = "'2025-07-01T00:00:00.000000Z'"

    static func grant(_ firm: Int, _ kind: String, _ number: String, on day: String = "2023-11-22") -> String {
        let tier = kind == "certify" ? "hnte" : "tsme"
        return """
            INSERT INTO event (enterprise_id, kind, effective_on, tier, number, year, recorded_at, operator, command)
            VALUES (\(firm), '\(kind)', '\(day)', '\(tier)', '\(number)', \(day.prefix(4)), \(now), 'sql', 'sqlite3');
            """
    }

    static let cases = [
        Case(name: "another firm's certificate, revoked but not voided", sql: grant(2, "certify", "GR202336000123"),
             refused: true, events: 5),
        Case(name: "the same firm's certificate again, another day", sql: grant(1, "certify", "GR202336000123", on: "2023-12-01"),
             refused: true, events: 5),
        Case(name: "another firm's 科小 number", sql: grant(1, "admit", "2024360600A0000001", on: "2024-05-06"),
             refused: true, events: 5),
        Case(name: "a new certificate number", sql: grant(2, "certify", "GR202336000999"), refused: false, events: 6),
        Case(name: "a 科小 number whose admission was voided", sql: """
            INSERT INTO event (enterprise_id, kind, effective_on, target_id, reason, recorded_at, operator, command)
            VALUES (2, 'void', '2025-07-01', 2, '录入错误', \(now), 'sql', 'sqlite3');
            """ + grant(1, "admit", "2024360600A0000001", on: "2024-05-06"), refused: false, events: 7),
    ]

    @Test(arguments: cases) func rawSQLMeetsTheRule(_ c: Case) throws {
        let folder = try RegistryFolder()
        let registry = try ReliabilityFixture.populate(try Registry.open(path: folder.path("r.sqlite")))
        do {
            try ReliabilityFixture.plant(registry, c.sql)
            #expect(!c.refused)
        } catch let error as DatabaseError {
            #expect(c.refused)
            #expect(error.message == "this certificate or 科小 number is already in force for another grant: void that grant first")
        }
        #expect(try registry.counts().events == c.events)
        #expect(try registry.verify() == [])
    }

    /// The first import's check of the whole table, which stands in for the trigger it set aside,
    /// finds what the trigger would have refused.
    @Test func theWholeTableCheckFindsANumberInForceTwice() throws {
        let registry = try ReliabilityFixture.populate(try Registry.inMemory())
        try registry.writer.write { db in
            try GrantNumberRule.check(GRDBConnection(db))
            try db.execute(sql: "DROP TRIGGER \(GrantNumberRule.trigger)")
            try db.execute(sql: GrantNumberRuleTests.grant(2, "certify", "GR202336000123"))
            #expect(throws: ImportError.indexesNotBuilt(reason: "certify number GR202336000123 is in force for more than "
                                                            + "one grant (event_number_in_force_once)")) {
                try GrantNumberRule.check(GRDBConnection(db))
            }
        }
    }
}
