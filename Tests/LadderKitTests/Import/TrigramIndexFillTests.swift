import GRDB
import Testing
@testable import LadderKit

/// `fillFirmNames` copies the index built aside only when every (id, name) it writes is what was sent,
/// in its order; names it writes past those sent (a rename, numbered after the firms) it sends itself.
/// Whatever was sent, the index ends as SQLite builds it in place.
@Suite struct TrigramIndexFillTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        /// What the import sent as it inserted the firms: firm id and name.
        let sent: [Sent]
        let outcome: TrigramIndexBuilder.Outcome
        var testDescription: String { label }
    }

    struct Sent: Sendable {
        let id: Int64
        let name: String
    }

    static let a = "信丰众城矿业有限公司", b = "鹰潭市信江海融小额贷款股份有限公司", c = "南昌华瑞航空科技有限公司"
    /// Firm 1's rename, written by hand with the firms: `firm_name` id 4.
    static let renamed = "江西众城新材料有限公司"

    static let cases = [
        Case(label: "every firm sent; the rename sent by the fill",
             sent: [Sent(id: 1, name: a), Sent(id: 2, name: b), Sent(id: 3, name: c)], outcome: .copied),
        Case(label: "the last firm not sent: the fill sends it", sent: [Sent(id: 1, name: a), Sent(id: 2, name: b)],
             outcome: .copied),
        Case(label: "nothing sent: the fill sends all", sent: [], outcome: .copied),
        Case(label: "two names sent under each other's ids",
             sent: [Sent(id: 1, name: a), Sent(id: 2, name: c), Sent(id: 3, name: b)], outcome: .differed),
        Case(label: "a name sent that the fill does not write",
             sent: [Sent(id: 1, name: a), Sent(id: 2, name: b), Sent(id: 3, name: c), Sent(id: 4, name: "赣州某某有限公司")],
             outcome: .differed),
        Case(label: "the rename sent under the firm's id",
             sent: [Sent(id: 1, name: a), Sent(id: 2, name: b), Sent(id: 3, name: c), Sent(id: 1, name: renamed)],
             outcome: .differed),
    ]

    /// Three firms and a rename written by hand, then the name index filled with `builder` (or without one).
    static func filled(sending sent: [Sent]?) throws -> (Registry, TrigramIndexBuilder.Outcome?) {
        let registry = try Registry.inMemory()
        let outcome = try registry.writer.write { db -> TrigramIndexBuilder.Outcome? in
            try db.execute(sql: """
                INSERT INTO enterprise (credit_code, name, division, created_at, created_by) VALUES
                ('91360722MA35G1YK7R', ?, '360722', '2025-01-02T00:00:00.000000Z', 'hand'),
                ('9136060006346630XD', ?, '360602', '2025-01-02T00:00:00.000000Z', 'hand'),
                ('914403001922038216', ?, '360111', '2025-01-02T00:00:00.000000Z', 'hand');
                INSERT INTO event (enterprise_id, kind, effective_on, name, recorded_at, operator, command)
                VALUES (1, 'rename', '2025-01-05', ?, '2025-01-05T00:00:00.000000Z', 'hand', 'rename');
                """, arguments: [a, b, c, renamed])
            let builder = try sent.map { _ in try #require(try TrigramIndexBuilder.start(db)) }
            for firm in sent ?? [] { builder?.add(rowid: firm.id, name: firm.name) }
            #expect(try Registry.fillFirmNames(db, trigrams: builder) == 4)
            return builder?.outcome
        }
        return (registry, outcome)
    }

    @Test(arguments: cases) func theIndexIsTheOneBuiltInPlace(_ c: Case) throws {
        let (registry, outcome) = try TrigramIndexFillTests.filled(sending: c.sent)
        #expect(outcome == c.outcome)
        let (inPlace, none) = try TrigramIndexFillTests.filled(sending: nil)
        #expect(none == nil)
        #expect(try TrigramIndexAsideTests.shadowRows(registry) == (try TrigramIndexAsideTests.shadowRows(inPlace)))
        #expect(try TrigramIndexAsideTests.answers(registry, "众城新材料") == ["91360722MA35G1YK7R name-contains"])
        #expect(try TrigramIndexAsideTests.answers(registry, "众城矿业") == ["91360722MA35G1YK7R former-name-contains"])
        #expect(try TrigramIndexAsideTests.answers(registry, "华瑞航空") == ["914403001922038216 name-contains"])
    }

    /// An import that fails before the fill closes its builder: nothing is written, the thread ends.
    @Test func aBuilderClosedUnfinishedWritesNothing() throws {
        let registry = try Registry.inMemory()
        let before = try TrigramIndexAsideTests.shadowRows(registry)
        try registry.writer.write { db in
            let builder = try #require(try TrigramIndexBuilder.start(db))
            for id in 1...3000 { builder.add(rowid: Int64(id), name: "南昌第\(id)科技有限公司") }
            builder.close()
            #expect(builder.outcome == nil)
        }
        #expect(try TrigramIndexAsideTests.shadowRows(registry) == before)
    }
}
