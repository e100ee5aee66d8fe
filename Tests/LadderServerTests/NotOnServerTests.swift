import Foundation
import HTTPTypes
import HummingbirdTesting
import LadderKit
import Testing

/// A read or page whose library call does not run on a PostgreSQL registry yet answers 501 with a
/// clerk's sentence in the reader's language (never a bare 500, never a Swift name or SQL); the
/// reads that do run answer as on a file. (A city's account: the province's whole list of batches,
/// unnarrowed, already reads on PostgreSQL.)
@Suite(.enabled(if: ServerDatabase.isConfigured, ServerDatabase.skipNote))
struct NotOnServerTests {
    static let said: [Language: String] = [
        .zh: "这项功能暂不支持存放在 PostgreSQL 数据库中的登记库（ladder 的后续版本将支持）；其他功能照常可用。如急需，请联系系统管理员。",
        .en: "this is not available yet while the registry is kept in a PostgreSQL database (a later version of ladder adds "
            + "it); everything else works as usual; ask your system administrator if you need it now",
    ]

    @Test(arguments: [Language.en, .zh])
    func aReadNotYetOnPostgreSQLAnswers501InTheReadersLanguage(_ language: Language) async throws {
        let fixture = try ServerFixture(on: .postgres)
        try await fixture.test { client async throws in
            var (headers, _) = try await client.session("ganzhou-viewer")
            headers[.acceptLanguage] = language == .zh ? "zh-CN" : "en"
            for read in ServerEngine.notYetOnPostgres {
                let answer = try await client.get(read + (read.hasSuffix("candidates") ? "?tier=hnte" : ""), headers)
                #expect(answer.status == .notImplemented, "\(read): \(answer.text)")
                #expect(answer.json["error"] as? String == NotOnServerTests.said[language], "\(read)")
            }
            // A page says it as a page: its title and the same sentence.
            let page = try await client.get("/imports", headers)
            #expect(page.status == .notImplemented)
            #expect(page.text.contains(language == .zh ? "暂不可用" : "Not available yet"))
            #expect(page.text.contains(NotOnServerTests.said[language]!))
        }
    }
}
