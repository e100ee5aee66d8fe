import Foundation
import LadderKit
import Testing

/// What `ladder import` prints and writes, in Chinese and in English: the summary of a roster with
/// faults, its problems file, and the file-level errors a clerk meets.
@Suite struct ImportLanguageTests {
    /// Row 2 is good; row 3 has an unknown place (a warning), a day that is none and an approximate
    /// count; row 4 has no name; row 5 a value past the last column.
    static let roster = """
        统一社会信用代码,企业名称,所属地区,成立日期,职工总数
        913609254040305215,江西力唐检测技术有限公司,宜春市,2019-04-08,120
        91360300MA3AY9DJXY,萍乡天聚汽车零部件有限公司,火星市,2019-13-45,约100
        9136011115790039X0,,南昌市,2020-01-01,50
        91360800911770268T,吉安达汉医疗器械股份有限公司,吉安市,2020-01-01,30,多余

        """

    /// An initialised registry with the roster beside it.
    static func prepared() throws -> (dir: TemporaryDirectory, db: String, file: String) {
        try LadderRun.initialised(with: roster)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let language: String
        let expected: String
        var testDescription: String { language }
    }

    @Test(arguments: [
        Case(language: "zh", expected: """
            roster.csv：企业名册，utf-8，382 字节，sha256 af42ecc3bbe9…
            试导入：未写入任何数据
            行数          4
            新增企业      1
            更新企业      0
            新增事件      0
            新增年度数据  0
            无变化        0
            拒收          3
            提示：年度数据未保存：文件没有“年度”列，也没有给出 --year
            按类别汇总的问题（拒收 3 行，警告 1 条）：
              拒收  1 行  “成立日期”：“2019-13-45”不是日期；请写作 2023-05-06（也可写 2023/5/6、2023年5月6日）。——第 3 行
              拒收  1 行  “职工总数”：“约100”是约数（“约”）；请填写准确数字。——第 3 行
              拒收  1 行  “企业名称”：企业名称为空；请填写登记的企业名称。——第 4 行
              拒收  1 行  该行第 6 列有值，但表头只有 5 列：多余的逗号或制表符使各值错位；请改正该行，使每个值位于其表头之下。——第 5 行
              警告  1 行  “所属地区”：“火星市”不是本系统所知的江西省设区市或县（市、区）（请写作 南昌市、南昌县 或 东湖区，或填写六位行政区划代码）；企业按其统一社会信用代码定位。——第 3 行
            """),
        Case(language: "en", expected: """
            roster.csv: roster, utf-8, 382 bytes, sha256 af42ecc3bbe9…
            dry run: nothing was written
            rows                 4
            new enterprises      1
            updated enterprises  0
            new events           0
            new facts            0
            unchanged            0
            rejected             3
            note: annual figures were not stored: the file has no 年度 column and no --year was given
            problems by kind (3 row(s) rejected, 1 warning(s)):
              rejected  1 row   成立日期: '2019-13-45' is not a day; write it as 2023-05-06 (2023/5/6 and 2023年5月6日 are read too) — row 3
              rejected  1 row   职工总数: '约100' is approximate ('约'); enter the exact figure — row 3
              rejected  1 row   企业名称: 企业名称 is empty; enter the registered name — row 4
              rejected  1 row   the row has a value in column 6 but the header has only 5 columns: a stray comma or tab shifted its values; fix the row so each value is under its header — row 5
              warning   1 row   所属地区: '火星市' is not a Jiangxi city or county this tool knows (write it as 南昌市, 南昌县 or 东湖区, or give the six-digit division code); the firm is placed by its credit code — row 3
            """),
    ])
    func summaryOfARosterWithFaults(_ c: Case) throws {
        let (dir, db, file) = try ImportLanguageTests.prepared()
        defer { withExtendedLifetime(dir) {} }
        let run = try LadderRun.run(["import", file, "--dry-run", "--silent"], db: db, environment: ["LADDER_LANG": c.language])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == c.expected + "\n")
        let warning = c.language == "zh" ? "ladder: 警告：roster.csv 有 3 行被拒收；请查看上面列出的问题\n"
            : "ladder: warning: 3 row(s) of roster.csv rejected; see the problems above\n"
        #expect(run.stderr == warning)
    }

    @Test(arguments: [
        Case(language: "zh", expected: """
            \u{FEFF}行号,列,值,级别,说明,原行号\r
            3,成立日期,2019-13-45,拒收,“2019-13-45”不是日期；请写作 2023-05-06（也可写 2023/5/6、2023年5月6日）。,\r
            3,职工总数,约100,拒收,“约100”是约数（“约”）；请填写准确数字。,\r
            3,所属地区,火星市,警告,“火星市”不是本系统所知的江西省设区市或县（市、区）（请写作 南昌市、南昌县 或 东湖区，或填写六位行政区划代码）；企业按其统一社会信用代码定位。,\r
            4,企业名称,,拒收,企业名称为空；请填写登记的企业名称。,\r
            5,,多余,拒收,该行第 6 列有值，但表头只有 5 列：多余的逗号或制表符使各值错位；请改正该行，使每个值位于其表头之下。,\r

            """),
        Case(language: "en", expected: """
            \u{FEFF}行号,列,值,级别,说明,原行号\r
            3,成立日期,2019-13-45,rejected,'2019-13-45' is not a day; write it as 2023-05-06 (2023/5/6 and 2023年5月6日 are read too),\r
            3,职工总数,约100,rejected,'约100' is approximate ('约'); enter the exact figure,\r
            3,所属地区,火星市,warning,"'火星市' is not a Jiangxi city or county this tool knows (write it as 南昌市, 南昌县 or 东湖区, or give the six-digit division code); the firm is placed by its credit code",\r
            4,企业名称,,rejected,企业名称 is empty; enter the registered name,\r
            5,,多余,rejected,the row has a value in column 6 but the header has only 5 columns: a stray comma or tab shifted its values; fix the row so each value is under its header,\r

            """),
    ])
    func problemsFile(_ c: Case) throws {
        let (dir, db, file) = try ImportLanguageTests.prepared()
        let run = try LadderRun.run(["import", file, "--silent"], db: db, environment: ["LADDER_LANG": c.language])
        #expect(run.status == 0, "\(run.stderr)")
        let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: dir.path("roster.problems.csv"))), as: UTF8.self)
        #expect(written == c.expected)
    }

    /// The kinds, counts and codes of the JSON summary are the same in both languages; only the
    /// messages and notes (for a person) follow it.
    @Test func jsonKindsAndCountsDoNotFollowTheLanguage() throws {
        let (dir, db, file) = try ImportLanguageTests.prepared()
        defer { withExtendedLifetime(dir) {} }
        var documents: [[String: Any]] = []
        for language in ["zh", "en"] {
            let run = try LadderRun.run(["import", file, "--dry-run", "--silent", "--format", "json"], db: db,
                                        environment: ["LADDER_LANG": language])
            documents.append(try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]))
        }
        let kinds = documents.map { ($0["problems"] as? [[String: Any]] ?? []).map { $0["kind"] as? String ?? "" } }
        #expect(kinds[0] == kinds[1])
        #expect(kinds[0].count == 5)
        #expect(kinds[0][2] == "企业名称: … is empty; enter the registered name")
        for key in ["rows", "rejected", "warnings", "new_enterprises", "kind", "encoding", "sha256"] {
            #expect("\(documents[0][key] ?? "")" == "\(documents[1][key] ?? "")", "\(key)")
        }
        let messages = documents.map { ($0["issues"] as? [[String: Any]] ?? []).first?["message"] as? String }
        #expect(messages == ["“2019-13-45”不是日期；请写作 2023-05-06（也可写 2023/5/6、2023年5月6日）。",
                             "'2019-13-45' is not a day; write it as 2023-05-06 (2023/5/6 and 2023年5月6日 are read too)"])
    }

    /// Files that cannot be imported at all, said in Chinese: the message and exit status 65.
    struct FileCase: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let arguments: [String]
        let message: String
        var testDescription: String { name }
    }

    static let fileCases = [
        FileCase(name: "missing.csv", bytes: [], arguments: [], message: "：文件不存在\n"),
        FileCase(name: "odd.csv", bytes: Array("甲,乙,丙\n1,2,3\n".utf8), arguments: [],
                 message: "ladder: 无法从表头（甲、乙、丙）判断这是哪种名单，前 20 行中也没有一行写有可识别的列名；如表头在更下方，"
                     + "请指明表头所在行（按表格软件显示的行号）；请说明名单种类，并把不常见的表头对应到其字段"
                     + "（可加 --header-row 行号、--as 名单种类、--map '列名=字段'）\n"),
        // 统一,企业 in GB18030, read as UTF-8: the headers hold �.
        FileCase(name: "gbk.csv", bytes: [0xCD, 0xB3, 0xD2, 0xBB, 0x2C, 0xC6, 0xF3, 0xD2, 0xB5, 0x0A, 0x31, 0x2C, 0x32, 0x0A],
                 arguments: ["--encoding", "utf-8"],
                 message: " ……）：该文件很可能是中文版 Excel 或 WPS 保存的 GB18030 编码；"
                     + "请按 GB18030 读取，或让程序自动识别编码（加 --encoding gb18030，或不加 --encoding）\n"),
        FileCase(name: "page.xls", bytes: Array("<html><body><table><tr><td>企业名称</td></tr></table></body></html>".utf8),
                 arguments: [],
                 message: "ladder: 该文件是网页或“XML 电子表格 2003”，只是用了表格文件的扩展名，并非真正的工作簿；"
                     + "请在 Excel 或 WPS 中打开，另存为 .xlsx 或 CSV UTF-8。\n"),
        FileCase(name: "bad.xls", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504),
                 arguments: [], message: "ladder: 工作簿已损坏（其 OLE2 文件头无效）；请在 Excel 或 WPS 中打开，重新保存后再试。\n"),
    ]

    @Test(arguments: fileCases)
    func fileLevelErrorsInChinese(_ c: FileCase) throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let path = dir.path(c.name)
        if !c.bytes.isEmpty { try Data(c.bytes).write(to: URL(fileURLWithPath: path)) }
        let run = try LadderRun.run(["import", path, "--silent"] + c.arguments, db: db, environment: ["LADDER_LANG": "zh"])
        #expect(run.status == 65)
        #expect(run.stdout == "")
        #expect(run.stderr.hasSuffix(c.message), "\(run.stderr)")
        #expect(EnglishWords.find(in: run.stderr) == [])
    }
}
