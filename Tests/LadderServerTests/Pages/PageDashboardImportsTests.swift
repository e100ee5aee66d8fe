import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// 首页's 最近导入: the region's last five batches, newest first, as /imports lists them (time in
/// Beijing, file, kind, the seven counts, who), with a link to /imports; another region's none.
@Suite struct PageDashboardImportsTests {
    /// Six 高企 lists of two new 章贡区 firms each (serials from 200: certificates unlike the
    /// fixture's), a minute apart from 08:00 Beijing time.
    static func importSix(_ fixture: ServerFixture, _ client: any TestClientProtocol) async throws {
        for batch in 0..<6 {
            fixture.clock.set("2025-01-01T00:0\(batch):00Z")
            let done = try await client.upload(ImportRoster.zhanggong(2, first: 200 + 2 * batch), name: "名单\(batch + 1).csv",
                                               as: "ganzhou-editor")
            #expect(done.status == .created)
        }
    }

    @Test func theLastFiveBatchesNewestFirstAsTheImportListShowsThem() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            try await PageDashboardImportsTests.importSix(fixture, client)
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get("/?as_of=2025-01-01", session)
            #expect(page.text.contains("<th class=\"n\">#</th><th class=\"n\">导入时间（北京时间）</th><th>文件</th><th>类型</th><th class=\"n\">行数</th><th class=\"n\">新增企业</th><th class=\"n\">更新企业</th><th class=\"n\">新增事件</th><th class=\"n\">新增年度数据</th><th class=\"n\">无变化</th><th class=\"n\">拒收</th><th>操作人</th>"))
            let rows = page.text.tableRows("imports")
            #expect(rows.map { $0[0] } == ["6", "5", "4", "3", "2"])
            #expect(rows.first == ["6", "2025-01-01 08:05", "名单6.csv", "高新技术企业认定名单", "2", "2", "0", "2", "0", "0", "0", "ganzhou-editor"])
            #expect(rows.last == ["2", "2025-01-01 08:01", "名单2.csv", "高新技术企业认定名单", "2", "2", "0", "2", "0", "0", "0", "ganzhou-editor"])
            // The same rows as /imports, in its columns (it adds the files and the actions).
            let list = try await client.get("/imports", session).text.tableRows("import-batches")
            #expect(list.prefix(5).map { [$0[0], $0[4], $0[1], $0[2]] + $0[5...11] + [$0[3]] } == rows)
            #expect(page.text.contains("<a id=\"imports-all\" href=\"/imports\">查看全部导入记录</a>"))
            // A region asked keeps to the list.
            let county = try await client.get("/?as_of=2025-01-01&region=360702", session)
            #expect(county.text.contains("<a id=\"imports-all\" href=\"/imports?region=360702\">查看全部导入记录</a>"))
        }
    }

    /// Known at 08:03:30 Beijing time, the page lists the four files imported by then (00:00–00:03 UTC).
    @Test func aPageOfAnEarlierMomentListsOnlyTheImportsMadeByThen() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            try await PageDashboardImportsTests.importSix(fixture, client)
            let session = try await client.pageSession("ganzhou-viewer")
            let page = try await client.get("/?as_of=2025-01-01&known_at=2025-01-01T00:03:30Z", session)
            #expect(page.text.tableRows("imports").map { [$0[0], $0[1], $0[2]] } == [
                ["4", "2025-01-01 08:03", "名单4.csv"], ["3", "2025-01-01 08:02", "名单3.csv"],
                ["2", "2025-01-01 08:01", "名单2.csv"], ["1", "2025-01-01 08:00", "名单1.csv"],
            ])
        }
    }

    @Test func anotherRegionsAccountSeesNone() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            try await PageDashboardImportsTests.importSix(fixture, client)
            let session = try await client.pageSession("xinqu-viewer")
            let page = try await client.get("/?as_of=2025-01-01", session)
            #expect(page.status == .ok)
            #expect(page.text.tableRows("imports").isEmpty)
            #expect(page.text.contains("<p class=\"empty\">尚无导入记录。</p>"))
        }
    }
}
