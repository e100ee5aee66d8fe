import LadderKit
@testable import LadderPostgres
import NIOCore
import Testing

/// The binary array reader, on bytes written out by hand as the server sends them (`array_send`:
/// dimensions, has-NULLs flag, element type oid; per dimension its length and lower bound; per
/// element a 4-byte length and the value, all big-endian), and on arrays the server itself sent.
@Suite struct PostgresIntegerArrayTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let hex: String
        let values: [Int64]
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "empty int8[] (no dimensions)", hex: "00000000 00000000 00000014", values: []),
        Case(name: "one int8", hex: "00000001 00000000 00000014 00000001 00000001 00000008 0000000000000007", values: [7]),
        Case(name: "int8 extremes", hex: "00000001 00000000 00000014 00000003 00000001"
             + " 00000008 8000000000000000 00000008 0000000000000000 00000008 7fffffffffffffff",
             values: [-9_223_372_036_854_775_808, 0, 9_223_372_036_854_775_807]),
        Case(name: "int4 negative and large", hex: "00000001 00000000 00000017 00000002 00000001"
             + " 00000004 ffffffff 00000004 7fffffff", values: [-1, 2_147_483_647]),
        Case(name: "int2 extremes", hex: "00000001 00000000 00000015 00000002 00000001 00000002 8000 00000002 7fff",
             values: [-32768, 32767]),
        Case(name: "bool as 1 and 0", hex: "00000001 00000000 00000010 00000003 00000001 00000001 01 00000001 00 00000001 01",
             values: [1, 0, 1]),
        Case(name: "a lower bound other than 1", hex: "00000001 00000000 00000017 00000001 fffffffb 00000004 0000002a",
             values: [42]),
    ])
    func reads(_ c: Case) throws {
        #expect(try PostgresIntegerArray.decode(Self.buffer(c.hex), column: 0) == c.values)
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        let name: String
        let hex: String
        let reason: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Refusal(name: "a NULL element", hex: "00000001 00000001 00000014 00000002 00000001 ffffffff 00000008 0000000000000001",
                reason: "it holds a NULL"),
        Refusal(name: "two dimensions", hex: "00000002 00000000 00000017 00000001 00000001 00000001 00000001 00000004 00000001",
                reason: "it has 2 dimensions"),
        Refusal(name: "text elements", hex: "00000001 00000000 00000019 00000001 00000001 00000001 41",
                reason: "its elements are of type 25"),
        Refusal(name: "an element missing", hex: "00000001 00000000 00000017 00000002 00000001 00000004 00000001",
                reason: "it has 8 bytes for 2 elements"),
        Refusal(name: "an element of the wrong length", hex: "00000001 00000000 00000017 00000002 00000001"
                + " 00000002 0000 00000006 000000000000", reason: "an element is not 4 bytes long"),
        Refusal(name: "the header cut short", hex: "00000001 00000000", reason: "its header is cut short"),
        Refusal(name: "no dimension length", hex: "00000001 00000000 00000014 00000001", reason: "its header is cut short"),
    ])
    func refuses(_ c: Refusal) {
        #expect(throws: RegistryError.corrupt(detail: "column 3 of a packed read is not an array of integers: \(c.reason)")) {
            try PostgresIntegerArray.decode(Self.buffer(c.hex), column: 2)
        }
    }

    @Test(.enabled(if: TestPostgres.isConfigured, TestPostgres.skipNote))
    func readsWhatTheServerSends() throws {
        let connection = PostgresRegistryConnection(session: try TestPostgres.server(), owned: true)
        var rows: [PackedRow] = []
        try connection.forEachPackedRow("""
            SELECT 'a', '{}'::int8[], ARRAY[-9223372036854775808, 0, 9223372036854775807]::int8[], ARRAY[-5, 7]::int4[],
                ARRAY[-2]::int2[], ARRAY[true, false]
            """, [], values: 1) { rows.append($0) }
        #expect(rows.map(\.values) == [StoredRow([.text("a")])])
        #expect(rows.map(\.arrays) == [[[], [-9_223_372_036_854_775_808, 0, 9_223_372_036_854_775_807], [-5, 7], [-2], [1, 0]]])
    }

    /// Arrays far larger than one network read, one per group, each whole and in its group.
    @Test(.enabled(if: TestPostgres.isConfigured, TestPostgres.skipNote))
    func readsLargeArraysGroupByGroup() throws {
        let connection = PostgresRegistryConnection(session: try TestPostgres.server(), owned: true)
        var seen: [(Int64?, Int, Int64, Int64, Int64)] = []
        try connection.forEachPackedRow("""
            SELECT g % 3, array_agg(g ORDER BY g), array_agg(-g ORDER BY g) FROM generate_series(1, 300000) AS g
            GROUP BY g % 3 ORDER BY g % 3
            """, [], values: 1) { row in
            seen.append((row.values.int64(0), row.arrays[0].count, row.arrays[0].first!, row.arrays[0].last!,
                         row.arrays[1].reduce(0, +)))
        }
        #expect(seen.map(\.0) == [0, 1, 2])
        #expect(seen.map(\.1) == [100_000, 100_000, 100_000])
        #expect(seen.map(\.2) == [3, 1, 2])
        #expect(seen.map(\.3) == [300_000, 299_998, 299_999])
        // -(3 + 6 + … + 300000), -(1 + 4 + … + 299998), -(2 + 5 + … + 299999)
        #expect(seen.map(\.4) == [-15_000_150_000, -14_999_950_000, -15_000_050_000])
    }

    @Test(.enabled(if: TestPostgres.isConfigured, TestPostgres.skipNote))
    func aNullElementFromTheServerIsRefused() throws {
        let connection = PostgresRegistryConnection(session: try TestPostgres.server(), owned: true)
        #expect(throws: RegistryError.corrupt(detail: "column 1 of a packed read is not an array of integers: it holds a NULL")) {
            try connection.forEachPackedRow("SELECT ARRAY[1, NULL]::int8[]", [], values: 0) { _ in }
        }
        #expect(try connection.session.text("SELECT 'still here'") == "still here")
    }

    static func buffer(_ hex: String) -> ByteBuffer {
        let digits = Array(hex.filter { !$0.isWhitespace })
        let bytes = stride(from: 0, to: digits.count, by: 2).map { UInt8(String(digits[$0...$0 + 1]), radix: 16)! }
        return ByteBuffer(bytes: bytes)
    }
}
