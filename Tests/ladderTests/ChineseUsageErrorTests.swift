import Foundation
import Testing

/// A usage error (a `validate()` refusal, a bad value, a mistyped command) reads in Chinese when
/// the language is Chinese: the catalogue's sentence, the parser's words around it, and no English
/// word but the flags, values and commands the clerk typed.
@Suite struct ChineseUsageErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let message: String
        var testDescription: String { (["ladder"] + arguments).joined(separator: " ") }
    }

    @Test(arguments: [
        Case(arguments: ["funnel", "--from", "hnte", "--to", "tsme"],
             message: "错误：--from hnte 在梯次上高于 --to tsme；晋升统计从较低层级到较高层级（例如\n      --from tsme --to hnte）。\n"),
        Case(arguments: ["improt"], message: "ladder: 没有命令 'improt'；是否要用 'import'？（请看 'ladder --help'）\n"),
        Case(arguments: ["export", "--tier", "hnte", "--format", "xlsx"], message: "错误：--format xlsx 需与 --out 文件名同用。\n"),
        Case(arguments: ["stats", "--as-of", "2024-13-45"],
             message: "“2024-13-45”不是日期；请写成\n      YYYY-MM-DD，例如 2024-11-22。\n"),
        Case(arguments: ["report", "--out", "r.pdf"], message: "错误：--out r.pdf：此处不写 .pdf 文件；请给出以 .html 或 .htm 结尾的文件名。\n"),
        Case(arguments: ["check", "众城"], message: "错误：缺少参数 '--tier <层级>'\n"),
        Case(arguments: ["sample", "--rows=-1"], message: "错误：--rows 须为 0 或更大的数。\n"),
        Case(arguments: ["serve", "--listen", "nowhere"], message: "错误：--listen 'nowhere' 不是“地址:端口”；例如 --listen 127.0.0.1:8080。\n"),
        Case(arguments: ["void", "--reason", "录错"], message: "错误：请只写以下之一：事件编号、--batch 批次号或 --firm 统一社会信用代码。\n"),
    ])
    func saysItInChinese(_ c: Case) throws {
        let directory = try TemporaryDirectory()
        let run = try LadderRun.run(c.arguments, db: directory.path("none.sqlite"), environment: ["LADDER_LANG": "zh"])
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr.contains(c.message))
        let typed = Set(c.arguments + HelpTests.commandNames)
        #expect(EnglishWords.find(in: run.stderr).filter { !typed.contains($0) } == [])
    }

    /// The same refusal in English is today's sentence.
    @Test func saysItInEnglishToo() throws {
        let directory = try TemporaryDirectory()
        let run = try LadderRun.run(["funnel", "--from", "hnte", "--to", "tsme"], db: directory.path("none.sqlite"))
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: --from hnte is above --to tsme on the ladder; the funnel runs from a lower tier to a higher one (e.g. --from tsme --to hnte)\n"))
    }
}
