import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// Who may import what, and who may download a batch's rejects: an editor (or admin) changes firms
/// of its own region and the regions within it; a row of any other firm is rejected, naming it.
/// A viewer imports nothing. A batch's files are read by its region and the regions above it.
@Suite struct ImportScopeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var region: String    // the account's, as named in ServerFixture: sheng, ganzhou, zhanggong, xinqu
        var relation: String  // of the firm's place to the account's region
        var firm: ServerFixture.Firm
        /// The row is recorded (true) or rejected as outside the region (false), for an editor or admin.
        var lands: Bool
        var testDescription: String { "\(region) → \(relation) \(firm): \(lands ? "lands" : "rejected")" }
    }

    static let cases: [Case] = [
        Case(region: "zhanggong", relation: "own", firm: .zhanggong, lands: true),
        Case(region: "zhanggong", relation: "parent", firm: .ganzhou, lands: false),
        Case(region: "zhanggong", relation: "sibling", firm: .nankang, lands: false),
        Case(region: "zhanggong", relation: "other city", firm: .donghu, lands: false),
        Case(region: "ganzhou", relation: "own", firm: .ganzhou, lands: true),
        Case(region: "ganzhou", relation: "child", firm: .zhanggong, lands: true),
        Case(region: "ganzhou", relation: "child", firm: .nankang, lands: true),
        Case(region: "ganzhou", relation: "sibling", firm: .donghu, lands: false),
        Case(region: "ganzhou", relation: "赣江新区", firm: .xinqu, lands: false),
        Case(region: "xinqu", relation: "own", firm: .xinqu, lands: true),
        Case(region: "xinqu", relation: "sibling", firm: .donghu, lands: false),
        Case(region: "sheng", relation: "child", firm: .zhanggong, lands: true),
        Case(region: "sheng", relation: "child", firm: .xinqu, lands: true),
        Case(region: "sheng", relation: "grandchild", firm: .donghu, lands: true),
    ]

    /// One row naming the firm with a new 联系人: a change to record, if the firm is the account's.
    static func contactRow(_ firm: ServerFixture.Firm) -> String {
        "统一社会信用代码,企业名称,联系人\n\(firm.rawValue),企业\(firm),张三\n"
    }

    @Test(arguments: cases, AccountRole.allCases)
    func whoMayImportWhichFirm(_ scope: Case, role: AccountRole) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.upload(ImportScopeTests.contactRow(scope.firm), as: "\(scope.region)-\(role.rawValue)")
            switch (role, scope.lands) {
            case (.viewer, _):
                #expect(response.status == .forbidden)
            case (_, true):
                #expect(response.status == .created)
                #expect(response.json["updated_enterprises"] as? Int == 1)
                #expect(response.json["rejected"] as? Int == 0)
            case (_, false):
                #expect(response.status == .created)
                #expect(response.json["updated_enterprises"] as? Int == 0)
                #expect(response.json["rejected"] as? Int == 1)
            }
        }
    }

    @Test func aRowOutsideTheRegionIsRejectedNamingTheFirmAndWhere() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let response = try await client.upload(ImportScopeTests.contactRow(.nankang), as: "zhanggong-editor")
            let issue = try #require((response.json["issues"] as? [[String: Any]])?.first)
            #expect(issue["row"] as? Int == 2)
            #expect(issue["column"] as? String == "统一社会信用代码")
            #expect(issue["value"] as? String == "9136060006346630XD")
            #expect(issue["message"] as? String == "'9136060006346630XD 企业nankang' is in '360703 南康区', outside 章贡区 (360702), "
                + "the region this import may change; leave the row to a bureau whose region includes it (or the province)")
        }
    }

    struct Download: CustomTestStringConvertible, Sendable {
        var region: String
        var relation: String  // of the reader's region to 赣州市, whose editor imported the batch
        var status: Int
        var testDescription: String { "\(region) (\(relation)): \(status)" }
    }

    static let downloads: [Download] = [
        Download(region: "ganzhou", relation: "own", status: 200),
        Download(region: "sheng", relation: "province", status: 200),
        Download(region: "zhanggong", relation: "child", status: 403),
        Download(region: "xinqu", relation: "sibling", status: 403),
    ]

    @Test(arguments: downloads, AccountRole.allCases)
    func whoMayDownloadABatchsRejectsAndProblems(_ download: Download, role: AccountRole) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            let imported = try await client.upload(ImportScopeTests.contactRow(.donghu), as: "ganzhou-editor")
            #expect(imported.json["batch"] as? Int == 1)
            let (headers, _) = try await client.session("\(download.region)-\(role.rawValue)")
            for file in ["rejects", "problems"] {
                let response = try await client.get("/api/v1/imports/1/\(file)", headers)
                #expect(response.status.code == download.status, "\(file): \(response.text)")
            }
        }
    }

    @Test func aBatchOfAnotherRegionIsRefusedSayingWhose() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client async throws in
            _ = try await client.upload(ImportScopeTests.contactRow(.donghu), as: "ganzhou-editor")
            let (headers, _) = try await client.session("zhanggong-viewer")
            let response = try await client.get("/api/v1/imports/1/rejects", headers)
            #expect(response.json["error"] as? String == "batch 1 was imported by an account of 赣州市 (360700), outside 章贡区, "
                + "the region of account 'zhanggong-viewer'; ask that bureau for its rejects")
        }
    }
}
