import Foundation
import Testing
@testable import LadderKit

/// An import run in a task's language (a server request in Chinese) says its row problems and
/// notes in that language, though its rows are read on a thread of their own; the kinds stay
/// the English ones, as the JSON gives them.
@Suite struct ImportScopedLanguageTests {
    @Test func rowProblemsFollowTheTasksLanguage() throws {
        let scratch = try ImportScratch()
        let file = try scratch.write("roster.csv", """
            统一社会信用代码,企业名称,成立日期
            913609254040305215,江西力唐检测技术有限公司,2019-13-45

            """)
        let registry = try Registry.inMemory()
        let report = try Language.$scoped.withValue(.zh) { try importFile(file, into: registry) }
        #expect(report.issues.map(\.message) == ["“2019-13-45”不是日期；请写作 2023-05-06（也可写 2023/5/6、2023年5月6日）。"])
        #expect(report.problems.map(\.kind) == ["成立日期: '…' is not a day; write it as #-#-# (#/#/# and # are read too)"])
        // The issue's frame (row, column) is said in the language of whoever reads it.
        #expect(Language.$scoped.withValue(.zh) { report.issues.first?.description }
            == "第 2 行“成立日期”列：“2019-13-45”不是日期；请写作 2023-05-06（也可写 2023/5/6、2023年5月6日）。")
        #expect(report.issues.first?.description == "row 2, 成立日期: “2019-13-45”不是日期；请写作 2023-05-06（也可写 2023/5/6、2023年5月6日）。")
    }
}
