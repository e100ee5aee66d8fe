@testable import LadderKit
import LadderPostgres
import Testing

/// The name index on PostgreSQL: `firm_name` and `firm_name_pairs` filled by a copy, names past the
/// mark read from `enterprise` and indexed by the next write; ASCII letters in either case found on
/// both engines alike.
@Suite struct FindIndexPostgresTests {
    static func found(_ registry: Registry, _ text: String) throws -> [String] {
        try registry.find(text, asOf: day("2025-06-01")).matches.map { "\($0.code.text) \($0.kind.rawValue)" }
    }

    @Test(.enabled(if: EnginePostgres.isConfigured, EnginePostgres.skipNote))
    func aCopyFillsTheIndexAndNamesPastTheMarkAreFoundThenIndexed() throws {
        let written = try Registry.inMemory()
        _ = try written.add(Codes.a, name: "信丰众城矿业有限公司", context: context("2025-01-01T00:00:00Z"))
        let database = try EnginePostgres(copyOf: written)
        let c = database.connection
        #expect(try c.rows("SELECT enterprise_id, event_id, key FROM firm_name")
            == [StoredRow([.integer(1), .null, .text("信丰众城矿业有限公司")])])
        // 信丰 丰众 众城 城矿 矿业 业有 有限 限公 公司: nine pairs, each once.
        #expect(try c.value("SELECT sum(cardinality(pairs)) FROM firm_name_pairs") == .integer(9))
        #expect(try c.rows("SELECT through_enterprise, through_event FROM firm_name_mark") == [StoredRow([.integer(1), .integer(0)])])
        // Written by hand, past the mark.
        try c.execute("""
            INSERT INTO enterprise (credit_code, name, division, created_at, created_by)
            VALUES ('9136060006346630XD', '鹰潭市信江海融小额贷款股份有限公司', '360602', '2025-01-02T00:00:00.000000Z', 'hand')
            """, [])
        #expect(try Registry.firmNamesLag(c) == true)
        #expect(try Registry.nameHits(c, key: "信江海融", whole: false, limit: 10)
            == [NameHit(enterpriseID: 2, key: "鹰潭市信江海融小额贷款股份有限公司")])
        let registry = Registry(engine: PostgresEngine(database.address))
        #expect(try FindIndexPostgresTests.found(registry, "信江海融") == ["9136060006346630XD name-contains"])
        #expect(try Registry.firmNamesLag(c) == false)
        #expect(try c.value("SELECT count(*) FROM firm_name") == .integer(2))
        #expect(try c.value("SELECT sum(cardinality(pairs)) FROM firm_name_pairs") == .integer(25))
        #expect(try registry.fillFirmNames() == 0)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let found: [String]
        var testDescription: String { text }
    }

    /// ASCII letters match in either case, whole or in part; other text exactly (two characters
    /// by the pairs, three or more by the pairs and the text itself).
    @Test(arguments: EngineUnderTest.kinds, [
        Case(text: "江西abc光电有限公司", found: ["91360722MA35G1YK7R name"]),
        Case(text: "ABC光电", found: ["91360722MA35G1YK7R name-contains"]),
        Case(text: "bC", found: ["91360722MA35G1YK7R name-contains"]),
        Case(text: "光电", found: ["9136060006346630XD name-contains", "91360722MA35G1YK7R name-contains"]),
        Case(text: "C光", found: ["91360722MA35G1YK7R name-contains"]),
        Case(text: "光电有", found: ["91360722MA35G1YK7R name-contains"]),
        Case(text: "电光", found: []),
        Case(text: "a_c", found: []),
    ])
    func lettersInEitherCase(_ kind: EngineUnderTest.Kind, _ c: Case) throws {
        let written = try Registry.inMemory()
        _ = try written.add(Codes.a, name: "江西ABC光电有限公司", context: context("2025-01-01T00:00:00Z"))
        _ = try written.add(Codes.b, name: "光电科技股份公司", context: context("2025-01-01T00:00:01Z"))
        let registry = try CopiedRegistry.of(written, on: kind)
        #expect(try FindIndexPostgresTests.found(registry, c.text) == c.found)
    }

    /// A pair is one number, the first scalar times 2^21 plus the second (信 U+4FE1, 丰 U+4E30,
    /// a U+0061, 😀 U+1F600); migration v5 turns v4's text pairs into the same numbers on the server.
    @Test func pairsAreNumbersAndMigrationV5MakesTheSame() throws {
        #expect(NameKey.pairCodes(of: "信丰a😀") == [42_884_681_264, 41_976_594_529, 203_552_256])
        #expect(NameKey.pairCodes(of: "信") == [])
        guard EnginePostgres.isConfigured else { return }
        let database = try EnginePostgres(empty: ())
        let c = database.connection
        for pair in ["信丰", "丰a", "a😀"] {
            #expect(try c.value("SELECT (ascii(substr(?, 1, 1))::bigint << 21) | ascii(substr(?, 2, 1))", [.text(pair), .text(pair)])
                == .integer(NameKey.pairCodes(of: pair)[0]))
        }
    }
}
