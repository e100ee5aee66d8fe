import Foundation
import Testing
@testable import LadderKit

/// Files longer than one batch of the reading thread (1,024 rows): every row applied in order,
/// and a read error after many rows leaves the registry as it was.
@Suite struct ImportPipelineTests {
    static let header = "统一社会信用代码,企业名称,行政区划代码\n"

    static func rows(_ count: Int) -> String {
        (0..<count).map { "\(ImportCodes.filler($0).text),填充公司\($0),360722\n" }.joined()
    }

    @Test func rowsAcrossManyBatchesAreAllAppliedAndRecognisedAgain() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        let path = try scratch.write("long.csv", ImportPipelineTests.header + ImportPipelineTests.rows(2_500))
        let first = try importFile(path, into: registry)
        #expect((first.rows, first.newEnterprises, first.rejected) == (2_500, 2_500, 0))
        let again = try importFile(path, into: registry, at: "2025-03-02T02:00:00Z")
        #expect((again.rows, again.unchanged, again.newEnterprises, again.rejected) == (2_500, 2_500, 0, 0))
        #expect(try registry.tally() == Tally(enterprises: 2_500, events: 0, facts: 0, batches: 2))
    }

    @Test func aReadErrorAfterManyRowsRecordsNothing() throws {
        let scratch = try ImportScratch()
        let registry = try Registry.inMemory()
        // Row 2,002 has more columns than a CSV record may have (100,000).
        let wide = String(repeating: ",", count: 100_000) + "\n"
        let path = try scratch.write("broken.csv", ImportPipelineTests.header + ImportPipelineTests.rows(2_000) + wide)
        #expect(throws: ReadError.tooManyColumns(row: 2_002, limit: 100_000)) { try importFile(path, into: registry) }
        #expect(try registry.tally() == Tally(enterprises: 0, events: 0, facts: 0, batches: 0))
    }
}
