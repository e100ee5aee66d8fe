import Testing
@testable import LadderKit

/// An import into a registry that already has firms: on a database server the firms and numbers
/// of each batch of rows are read ahead in bulk (`ImportLookAhead`), and what the batch itself
/// writes must be seen by its later rows exactly as a lookup per row would see it.
@Suite struct ImportLookAheadTests {
    /// 乙公司 holds GR202436000101 from an earlier import; the file's rows are all in one batch.
    @Test(arguments: EngineUnderTest.kinds) func laterRowsOfABatchSeeWhatItsEarlierRowsRecorded(_ kind: EngineUnderTest.Kind) throws {
        let scratch = try ImportScratch()
        let registry = try FreshRegistry.on(kind)
        let header = "统一社会信用代码,企业名称,证书编号,发证日期\n"
        try importFile(try scratch.write("first.csv", header + "9136060006346630XD,乙公司,GR202436000101,2024-11-20\n"),
                       into: registry)
        let rows = [
            "91360722MA35G1YK7R,信丰众城矿业有限公司,GR202436000101,2024-11-20",  // 2: held by 乙公司 on file
            "914403001922038216,丙公司,GR202436000202,2024-11-20",                // 3: new firm, new number
            "91440300708461136T,丁公司,GR202436000202,2024-11-20",                // 4: held by 丙公司, from row 3
            "9136060006346630XD,乙公司,GR202436000101,2024-11-20",                // 5: 乙公司's own number, recorded
            "9136060006346630XD,乙公司,GR202436000101,2024-11-20",                // 6: the same row again
            "9136060006346630XD,乙公司,GR202436000303,2024-12-01",                // 7: other values for 乙公司
        ]
        let report = try importFile(try scratch.write("second.csv", header + rows.joined(separator: "\n") + "\n"),
                                    into: registry)
        #expect((report.rows, report.rejected, report.unchanged, report.newEnterprises) == (6, 3, 2, 1))
        #expect(report.issues.map(\.row) == [2, 4, 7])
        #expect(report.issues.map(\.column) == ["证书编号", "证书编号", ""])
        #expect(report.issues[0].message == "GR202436000101 is already held by 9136060006346630XD 乙公司 (event #1); "
            + "check the number, or void that event if it was wrong")
        #expect(report.issues[1].message == "GR202436000202 is already held by 914403001922038216 丙公司 (event #2); "
            + "check the number, or void that event if it was wrong")
        #expect(report.issues[2].message.hasPrefix("the same firm is on row 5 with different values"))
        let holder = try registry.profile(of: "914403001922038216", asOf: day("2025-01-01"))
        #expect(holder.name == "丙公司")
    }
}
