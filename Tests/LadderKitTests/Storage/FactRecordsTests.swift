import Foundation
import Testing
@testable import LadderKit

/// A firm's fact records copied as bytes and merged later on a checking thread: each year's
/// versions laid over one another in the order read, field by field, as `Registry.facts` does.
@Suite struct FactRecordsTests {
    static func records(_ rows: [(Int, String)]) -> FactRecords {
        var records = FactRecords()
        for (year, json) in rows { Array(json.utf8).withUnsafeBytes { records.append(year: year, $0) } }
        return records
    }

    @Test func versionsMergeByYearInTheOrderRead() throws {
        let records = FactRecordsTests.records([
            (2023, #"{"employees":80,"revenue":9000000}"#),
            (2024, #"{"employees":100,"revenue":12000000,"tech_staff":10}"#),
            (2024, #"{"revenue":12500000}"#),
            (2024, #"{"field":"新材料","innovation_parts":{"ip":25}}"#),
        ])
        let merged = try records.merged()
        #expect(merged == [
            2023: AnnualFacts(employees: 80, revenue: 9_000_000),
            2024: AnnualFacts(employees: 100, techStaff: 10, revenue: 12_500_000,
                              innovationParts: InnovationParts(ip: Points(hundredths: 2500)), field: "新材料"),
        ])
    }

    @Test func noRecordsMergeToNoYears() throws {
        #expect(try FactRecords().merged().isEmpty)
    }

    /// A record the decoder refuses fails the merge, as it fails `Registry.facts`.
    @Test func anUnreadableRecordFails() {
        let records = FactRecordsTests.records([(2024, #"{"employees":100}"#), (2024, #"{"employees":"many"}"#)])
        #expect(throws: DecodingError.self) { try records.merged() }
    }
}
