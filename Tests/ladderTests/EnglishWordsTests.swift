import Testing

/// The scanner the Chinese-output tests rely on: what it reports as English and what it lets pass.
@Suite struct EnglishWordsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let expected: [String]
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "高企  GR202336000002  2023-11-22  已撤销（自2024-06-01起取消）", expected: []),
        Case(text: "2024-01-10T00:00:00 UTC 由 测试员 记录 · 认定政策 jiangxi-2023 v1", expected: []),
        Case(text: "登记库：--db 路径，否则 $LADDER_DB，否则 ./ladder.sqlite。", expected: []),
        Case(text: "用 --tier hnte --by city --format json；as_of 与 known_at 见 JSON。", expected: []),
        Case(text: "第 3 行 credit code 列：'9144' is not a valid code", expected: ["credit", "code", "is", "not", "valid"]),
        Case(text: "不符合 hnte 的条件（insufficient-data）", expected: ["insufficient-data"]),
        Case(text: "Error: 找不到企业 a", expected: ["Error"]),
        Case(text: "文件 roster.xlsx 第 2 张表 Sheet", expected: ["Sheet"]),
        Case(text: "请用 `ladder facts set CODE --year Y` 录入 facts", expected: ["facts"]),
    ])
    func reportsEnglishWords(_ c: Case) {
        #expect(EnglishWords.find(in: c.text) == c.expected)
    }
}
