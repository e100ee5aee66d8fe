@testable import LadderKit
import Testing

/// The parser's own words said in Chinese; English is left exactly as the parser wrote it.
@Suite struct ParserTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let english: String
        let chinese: String
        var testDescription: String { english }
    }

    @Test(arguments: [
        Case(english: "Error: Unknown option '--tir'. Did you mean '--tier'?", chinese: "错误：没有选项 '--tir'。是否要用 '--tier'？"),
        Case(english: "Error: Missing expected argument '<query>'\nHelp:  <query>  统一社会信用代码.",
             chinese: "错误：缺少参数 '<query>'\n帮助：<query>  统一社会信用代码."),
        Case(english: "Error: The value 'csv' is invalid for '--format <format>'. Please provide one of 'table', 'json' or 'ndjson'.",
             chinese: "错误：'--format <format>' 的值 'csv' 无效。请写以下之一：'table', 'json' 或 'ndjson'。"),
        Case(english: "Error: The value 'x' is invalid for '--format <format>'. Please provide one of 'table' and 'json'.",
             chinese: "错误：'--format <format>' 的值 'x' 无效。请写以下之一：'table' 或 'json'。"),
        Case(english: "Usage: ladder show <query>\n  See 'ladder show --help' for more information.",
             chinese: "用法：ladder show <query>\n  更多信息：ladder show --help"),
        // Wrapped by the parser: the values continue on the next line; parentheses of the help stay.
        Case(english: "OPTIONS:\n  --by <by>   Group (by city). (values: city,\n              county; default: tier)\n  -h, --help  Show help information.",
             chinese: "选项：\n  --by <by>   Group (by city).（可选：city,\n              county；默认：tier）\n  -h, --help  显示帮助信息。"),
        Case(english: "OVERVIEW: Run (梯次培育) on a\nlocal registry.\n\nUSAGE: ladder <subcommand>\n\nSUBCOMMANDS:\n\n  See 'ladder help <subcommand>' for detailed help.",
             chinese: "概述：Run (梯次培育) on a\nlocal registry.\n\n用法：ladder <子命令>\n\n子命令：\n\n  各子命令的详细帮助：ladder help <子命令>"),
        // A default subcommand keeps its text's column: the Chinese mark is two columns narrower, two spaces follow it.
        Case(english: "  list (default)          Each target.\nUSAGE: ladder import [<options>] <files> ...",
             chinese: "  list（默认）            Each target.\n用法：ladder import [<选项>] <files> ..."),
        // Words inside a line are not section titles.
        Case(english: "  --as-of <day>  The day. OPTIONS: none (default: today)", chinese: "  --as-of <day>  The day. OPTIONS: none（默认：today）"),
    ])
    func saidInChinese(_ c: Case) {
        #expect(ParserText.translated(c.english, to: .zh) == c.chinese)
        #expect(ParserText.translated(c.english, to: .en) == c.english)
    }
}
