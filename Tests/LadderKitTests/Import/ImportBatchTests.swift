import Foundation
import Testing
@testable import LadderKit

/// A file as one batch: importing it again adds nothing, a dry run and a strict run with a
/// rejected row write nothing, and voiding the batch undoes it so that a re-import applies again.
@Suite struct ImportBatchTests {
    /// clean-roster.csv: C with a 科小 number (2024-05-06), a certificate (2024-12-16) and 2024
    /// figures; D with a 科小 number and figures. 3 events, 2 facts versions.
    static let c = StoredFirm(
        code: ImportCodes.c, name: "南昌瑞恒电子科技有限公司", founded: "2019-04-08",
        facts: [2024: AnnualFacts(employees: 120, revenue: 15_000_000)],
        held: [.init(tier: .tsme, number: "2024360102A0000001", start: "2024-05-06", end: "2024-12-31"),
               .init(tier: .hnte, number: "GR202436000101", start: "2024-12-16", end: "2027-12-16")])
    static let d = StoredFirm(
        code: ImportCodes.d, name: "南昌嘉创软件有限公司", founded: "2020-07-15",
        facts: [2024: AnnualFacts(employees: 45, revenue: 8_000_000)],
        held: [.init(tier: .tsme, number: "2024360111A0000002", start: "2024-05-06", end: "2024-12-31")])

    struct AgainCase: CustomTestStringConvertible, Sendable {
        let fixture: String
        let rows: Int
        let rejected: Int
        /// The first run's counts.
        let newEnterprises: Int, newEvents: Int, newFacts: Int, unchanged: Int
        var testDescription: String { fixture }
    }

    @Test(arguments: [
        AgainCase(fixture: "clean-roster.csv", rows: 2, rejected: 0, newEnterprises: 2, newEvents: 3, newFacts: 2,
                  unchanged: 0),
        // Row 4 repeats row 2 (unchanged both times); row 5 contradicts it (rejected both times).
        AgainCase(fixture: "duplicate-code.csv", rows: 4, rejected: 1, newEnterprises: 2, newEvents: 0, newFacts: 0,
                  unchanged: 1),
        AgainCase(fixture: "money-spellings.csv", rows: 5, rejected: 2, newEnterprises: 3, newEvents: 0, newFacts: 3,
                  unchanged: 0),
    ], EngineUnderTest.kinds)
    func aSecondImportOfTheSameFileAddsNothing(_ c: AgainCase, _ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let path = try scratch.copy(c.fixture)
        let registry = try FreshRegistry.on(kind)
        let first = try importFile(path, into: registry)
        #expect(first.batchID == 1)
        #expect(first.earlierBatches == [])
        let firstCounts: [Int] = [first.rows, first.newEnterprises, first.newEvents, first.newFacts, first.unchanged,
                                  first.rejected]
        #expect(firstCounts == [c.rows, c.newEnterprises, c.newEvents, c.newFacts, c.unchanged, c.rejected])
        let after = try registry.tally()

        let second = try importFile(path, into: registry, at: "2025-03-02T02:00:00Z")
        #expect(second.rows == c.rows)
        #expect(second.newEnterprises == 0)
        #expect(second.updatedEnterprises == 0)
        #expect(second.newEvents == 0)
        #expect(second.newFacts == 0)
        #expect(second.unchanged == c.rows - c.rejected)
        #expect(second.rejected == c.rejected)
        #expect(second.earlierBatches == [1])
        #expect(ImportSummary.text(second, seconds: 0).contains(
            "this file was imported before (batch 1); it adds nothing new"))
        var now = try registry.tally()
        #expect(now.batches == 2)
        now.batches = 1
        #expect(now == after)
    }

    @Test(arguments: EngineUnderTest.kinds) func dryRunWritesNothing(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try FreshRegistry.on(kind)
        let report = try importFile(try scratch.copy("clean-roster.csv"), into: registry) { $0.dryRun = true }
        #expect(report.dryRun)
        #expect(report.batchID == nil)
        // It says what it would have done.
        let counts: [Int] = [report.rows, report.newEnterprises, report.newEvents, report.newFacts]
        #expect(counts == [2, 2, 3, 2])
        #expect(try registry.tally() == Tally(enterprises: 0, events: 0, facts: 0, batches: 0))
        #expect(ImportSummary.text(report, seconds: 0).contains("dry run: nothing was written"))
    }

    @Test(arguments: EngineUnderTest.kinds) func dryRunOverAFilledRegistryWritesNothing(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try FreshRegistry.on(kind)
        try importFile(try scratch.copy("duplicate-code.csv"), into: registry)
        let before = try registry.tally()
        let report = try importFile(try scratch.copy("clean-roster.csv"), into: registry) { $0.dryRun = true }
        let counts: [Int] = [report.newEnterprises, report.newEvents, report.newFacts]
        #expect(counts == [2, 3, 2])
        #expect(try registry.tally() == before)
    }

    @Test(arguments: EngineUnderTest.kinds) func strictWithARejectedRowWritesNothingAndFails(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try FreshRegistry.on(kind)
        let path = try scratch.copy("duplicate-code.csv")
        let failure = try #require(throws: ImportFailure.self) {
            try importFile(path, into: registry) { $0.strict = true }
        }
        #expect(failure.error == .strictRejected(count: 1))
        #expect(failure.description == "1 row(s) rejected in a strict import: nothing was written")
        #expect(failure.report.rejected == 1)
        #expect(failure.report.batchID == nil)
        #expect(try registry.tally() == Tally(enterprises: 0, events: 0, facts: 0, batches: 0))
    }

    @Test(arguments: EngineUnderTest.kinds) func strictWithoutRejectionsRecordsTheBatch(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try FreshRegistry.on(kind)
        let report = try importFile(try scratch.copy("clean-roster.csv"), into: registry) { $0.strict = true }
        #expect(report.batchID == 1)
        #expect(try registry.tally() == Tally(enterprises: 2, events: 3, facts: 2, batches: 1))
    }

    @Test(arguments: EngineUnderTest.kinds) func voidingTheBatchUndoesItAndAReimportAppliesAgain(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try FreshRegistry.on(kind)
        let path = try scratch.copy("clean-roster.csv")
        try importFile(path, into: registry)
        try ImportBatchTests.c.verify(in: registry)
        try ImportBatchTests.d.verify(in: registry)
        #expect(try registry.profile(of: ImportCodes.c, asOf: day("2025-03-01")).position == .hnte)

        let voided = try registry.voidBatch(1, reason: "导错了文件", context: context("2025-03-05T00:00:00Z"))
        #expect(voided == BatchVoidReport(batch: 1, voidedEvents: 3, setAside: [ImportCodes.c, ImportCodes.d], kept: []))
        #expect(try registry.count("event", where: "kind = 'void'") == 3)
        #expect(try registry.importBatches().map { $0.voidedAt != nil } == [true])
        // The firms it registered are set aside: as if never registered from the void on; before it,
        // they are still there with their numbers.
        #expect(throws: RegistryError.setAside(code: ImportCodes.c, name: "南昌瑞恒电子科技有限公司",
                                               at: moment("2025-03-05T00:00:00Z"), reason: "导错了文件")) {
            try registry.profile(of: ImportCodes.c, asOf: day("2025-03-01"))
        }
        #expect(try registry.profile(of: ImportCodes.c, asOf: day("2025-03-01"),
                                     knownAt: moment("2025-03-04T00:00:00Z")).position == .hnte)

        let again = try importFile(path, into: registry, at: "2025-03-06T02:00:00Z")
        #expect(again.earlierBatches == [1])
        // The codes are registered again on the same rows: updated firms, not new ones.
        let counts: [Int] = [again.newEnterprises, again.updatedEnterprises, again.newEvents, again.newFacts,
                             again.unchanged, again.rejected]
        #expect(counts == [0, 2, 3, 2, 0, 0])
        #expect(try registry.verify() == [])
        try ImportBatchTests.c.verify(in: registry)
        try ImportBatchTests.d.verify(in: registry)
        #expect(try registry.profile(of: ImportCodes.c, asOf: day("2025-03-01")).position == .hnte)
    }

    /// A file named through a symbolic link is measured as itself: the batch records its 67 bytes
    /// (the header's 38 in UTF-8, the row's 29), not the link's.
    @Test func aFileReachedThroughALinkIsRecordedWithItsOwnSize() throws {
        let scratch = try ImportScratch()
        let path = try scratch.write("roster.csv", "统一社会信用代码,企业名称\n91360722MA35G1YK7R,甲公司\n")
        let link = scratch.path("link.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        let report = try importFile(link, into: try Registry.inMemory())
        #expect(report.sizeBytes == 67)
        #expect(report.newEnterprises == 1)
    }
}
