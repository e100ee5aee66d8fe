import Foundation
import Testing

/// What the write and system commands print, and their refusals, in both languages: one registry
/// taken through a clerk's day (add, certify, revoke, rename, relocate, void, verify, backup) with
/// the typical mistakes on the way. Every line is literal.
@Suite struct ErrorsAndWritesLanguageTests {
    static let a = "91360722MA35G1YK7R"
    static let b = "91440300708461136T"

    /// One command and what it printed: its exit status, stdout, and the first line of stderr (a
    /// usage error goes on with the command's usage, which is the help's, not this area's).
    struct Step: Sendable {
        let arguments: [String]
        let status: Int32
        let out: String
        let err: String
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let language: String
        let steps: [Step]
        var testDescription: String { language }
    }

    /// The commands, with `{dir}` for the temporary folder; the same in both languages.
    static let commands: [[String]] = [
        ["init"],
        ["add", a, "--name", "甲公司", "--founded", "2015-12-01", "--field", "新材料"],
        ["add", b, "--name", "乙公司", "--region", "360111"],
        ["add", "91360722MA35G1YK7X", "--name", "丙公司"],
        ["add", a, "--name", "甲公司"],
        ["add", "91360702MA35G1YK7Y", "--name", "丁公司", "--region", "火星区"],
        ["certify", b, "--number", "GR202336000002", "--issued", "2023-11-22", "--override", "名单已公布"],
        ["certify", a, "--number", "GR202336000002", "--issued", "2023-11-22", "--override", "名单已公布"],
        ["certify", a, "--number", "GR202536000001", "--issued", "2025-13-40"],
        ["certify", "不存在公司", "--number", "GR202536000001", "--issued", "2025-11-20"],
        ["revoke", a, "--tier", "hnte", "--effective", "2025-01-01", "--ground", "fraud", "--reason", "弄虚作假"],
        ["revoke", b, "--tier", "hnte", "--effective", "2024-06-01", "--ground", "fraud", "--reason", "弄虚作假"],
        ["rename", b, "--name", "乙科技公司", "--effective", "2024-07-01"],
        ["relocate", b, "--region", "360112", "--effective", "2024-08-01"],
        ["void", "4", "--reason", "录入错误"],
        ["void", "4", "--reason", "录入错误"],
        ["verify"],
        ["backup", "{dir}/b.sqlite"],
        ["backup", "{dir}/b.sqlite"],
        ["accounts", "passwd", "ganzhou.li", "--password-stdin"],
    ]

    static func steps(_ expected: [(Int32, String, String)]) -> [Step] {
        zip(commands, expected).map { Step(arguments: $0, status: $1.0, out: $1.1, err: $1.2) }
    }

    @Test(arguments: [
        Case(language: "zh", steps: steps([
            (0, "已新建登记库 {dir}/r.sqlite", ""),
            (0, "已登记 甲公司（91360722MA35G1YK7R），所属地区 360722 信丰县 · 赣州市", ""),
            (0, "已登记 乙公司（91440300708461136T），所属地区 360111 青山湖区 · 南昌市", ""),
            (64, "", "错误：'<代码>' 的值 '91360722MA35G1YK7X' 无效: “91360722MA35G1YK7X”的校验码是"),
            (0, "已有记录：91360722MA35G1YK7R 已登记为“甲公司”，未写入（新名称或新地址请按更名或迁移记录）", ""),
            (64, "", "错误：'--region <地区>' 的值 '火星区' 无效: “火星区”不是行政区划代码：请使用"),
            (0, "已记录事件 #1：认定 高企 GR202336000002，生效日期 2023年11月22日", ""),
            (1, "", "ladder: 编号 GR202336000002 已属于 乙公司（91440300708461136T）；请核对编号，如该记录有误，请先作废该记录"),
            (64, "", "错误：'--issued <日期>' 的值 '2025-13-40' 无效: “2025-13-40”不是日期；请写成"),
            (1, "", "ladder: 登记库中没有企业“不存在公司”；请先登记该企业（`ladder add 统一社会信用代码 --name 企业名称`）"),
            (1, "", "ladder: 91360722MA35G1YK7R 在 2025年1月1日 没有有效的高新技术企业（hnte）资格：没有记录；无可取消的资格"),
            (0, "已记录事件 #2：取消资格 终止 #1（弄虚作假）：弄虚作假，生效日期 2024年6月1日", ""),
            (0, "已记录事件 #3：更名 → 乙科技公司，生效日期 2024年7月1日", ""),
            (0, "已记录事件 #4：迁移 → 360112 新建区，生效日期 2024年8月1日", ""),
            (0, "已记录事件 #5：作废事件 #4", ""),
            (0, "已有记录：事件 #4 已被事件 #5 作废，未写入", ""),
            (0, "登记库核验通过：企业 2 家，事件 5 条，没有问题", ""),
            (0, "已将 {dir}/r.sqlite 备份到 {dir}/b.sqlite：企业 2 家，事件 5 条", ""),
            (1, "", "ladder: {dir}/b.sqlite 已存在；请换一个路径，或指明覆盖（--force）"),
            (1, "", "ladder: 没有账号“ganzhou.li”；请用 `ladder accounts list` 查看"),
        ])),
        Case(language: "en", steps: steps([
            (0, "created registry {dir}/r.sqlite", ""),
            (0, "added 甲公司 (91360722MA35G1YK7R) in 360722 信丰县 · 赣州市", ""),
            (0, "added 乙公司 (91440300708461136T) in 360111 青山湖区 · 南昌市", ""),
            (64, "", "Error: The value '91360722MA35G1YK7X' is invalid for '<code>': '91360722MA35G1YK7X' has check character 'X', "
                + "expected 'R'"),
            (0, "already recorded: 91360722MA35G1YK7R is registered as '甲公司'; nothing written (a new name or place is recorded "
                + "as a rename or a relocation)", ""),
            (64, "", "Error: The value '火星区' is invalid for '--region <region>': '火星区' is not a division code: use the six-digit "
                + "GB/T 2260 code, e.g. 360111 for 青山湖区"),
            (0, "recorded event #1: certify 高企 GR202336000002, effective 2023-11-22", ""),
            (1, "", "ladder: number GR202336000002 is already held by 乙公司 (91440300708461136T); check the number, or void that "
                + "record first if it was wrong"),
            (64, "", "Error: The value '2025-13-40' is invalid for '--issued <issued>': '2025-13-40' is not a day; write it as "
                + "YYYY-MM-DD, e.g. 2024-11-22"),
            (1, "", "ladder: no enterprise '不存在公司' in the registry; add it first with `ladder add CODE --name NAME`"),
            (1, "", "ladder: 91360722MA35G1YK7R holds no valid hnte (高新技术企业) on 2025-01-01: none is recorded; nothing to revoke"),
            (0, "recorded event #2: revoke ends #1 (fraud): 弄虚作假, effective 2024-06-01", ""),
            (0, "recorded event #3: rename → 乙科技公司, effective 2024-07-01", ""),
            (0, "recorded event #4: relocate → 360112 新建区, effective 2024-08-01", ""),
            (0, "recorded event #5: voided event #4", ""),
            (0, "already recorded: event #4 was voided by event #5; nothing written", ""),
            (0, "registry verified: 2 enterprises, 5 events, 0 problems", ""),
            (0, "backed up {dir}/r.sqlite to {dir}/b.sqlite: 2 enterprises, 5 events", ""),
            (1, "", "ladder: {dir}/b.sqlite already exists; give another path, or say to replace it (--force)"),
            (1, "", "ladder: no account named 'ganzhou.li'; see `ladder accounts list`"),
        ])),
    ])
    func aClerksDayInTheLanguage(_ c: Case) throws {
        let directory = try TemporaryDirectory()
        let dir = directory.url.path
        let db = directory.path("r.sqlite")
        for step in c.steps {
            let arguments = step.arguments.map { $0.replacingOccurrences(of: "{dir}", with: dir) }
            let run = try LadderRun.run(arguments, db: db, environment: ["LADDER_LANG": c.language], stdin: Data())
            let expectedOut = step.out.replacingOccurrences(of: "{dir}", with: dir)
            #expect(run.status == step.status, "\(arguments): \(run.stderr)")
            #expect(run.stdout == (expectedOut.isEmpty ? "" : expectedOut + "\n"), "\(arguments)")
            let firstLine = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            #expect(firstLine == step.err.replacingOccurrences(of: "{dir}", with: dir), "\(arguments)")
        }
    }

    /// A promotion the rules refuse names the facts to enter in the reader's words, each with the
    /// option that enters it, and exits 1 with nothing recorded.
    @Test(arguments: [
        ("zh", "ladder: 91360722MA35G1YK7R 不符合高新技术企业条件（数据不足）；请先录入：拥有核心自主知识产权（--owns-core-ip，2024年度）、"
            + "科技人员数（--tech-staff，2024年度）、职工总数（--employees，2024年度）、研发费用（--rd-expense，2022年度）、"
            + "研发费用（--rd-expense，2023年度）、研发费用（--rd-expense，2024年度）、营业收入（--revenue，2022年度）、"
            + "营业收入（--revenue，2023年度）、营业收入（--revenue，2024年度）、境内研发费用（--rd-expense-in-china，2022年度）、"
            + "境内研发费用（--rd-expense-in-china，2023年度）、境内研发费用（--rd-expense-in-china，2024年度）、"
            + "高新技术产品（服务）收入（--high-tech-income，2024年度）、总收入（--total-income，2024年度）、"
            + "创新能力评价（--innovation-score，2024年度）、发生重大安全、重大质量事故或严重环境违法行为（--major-accident，2024年度）。"
            + "未作记录；如仍要记录，请写明特批理由（用 `ladder facts set` 录入数据；--override \"理由\"）\n"),
        ("en", "ladder: 91360722MA35G1YK7R does not meet the hnte rules (insufficient-data); enter first: owns_core_ip (2024), "
            + "tech_staff (2024), employees (2024), rd_expense (2022), rd_expense (2023), rd_expense (2024), revenue (2022), "
            + "revenue (2023), revenue (2024), rd_expense_in_china (2022), rd_expense_in_china (2023), rd_expense_in_china (2024), "
            + "high_tech_income (2024), total_income (2024), innovation_score (2024), major_accident (2024). Nothing was recorded; "
            + "to record it anyway, give the reason for overriding the rules (enter facts with `ladder facts set`; "
            + "--override \"reason\")\n"),
    ])
    func certifyRefusedByTheRules(_ language: String, _ expected: String) throws {
        let (dir, db) = try EligibilityCommandTests.prepared()
        defer { _ = dir }
        let run = try LadderRun.run(["certify", Self.a, "--number", "GR202536000001", "--issued", "2025-11-20"], db: db,
                                    environment: ["LADDER_LANG": language])
        #expect(run.status == 1)
        #expect(run.stderr == expected)
        #expect(run.stdout == "")
    }

    /// Accounts and facts: what is recorded, what is refused, in each language.
    @Test(arguments: [
        ("zh", """
            已新建管理员账号“ganzhou.li”，所属地区 360700 赣州市
            ladder: 密码太短：请至少使用 8 个字符；未作更改
            账号        角色    地区代码  地区名称  创建时间（北京时间）  状态
            已停用“ganzhou.li”；其登录会话已退出，令牌不再有效
            ladder: 账号“ganzhou.li”已停用；如需恢复使用，请新建账号
            已记录 91360722MA35G1YK7R 2024年度数据
              --revenue 48,000,000 元（未写单位，按万元计）
              --rd-expense 2,400,000 元（按所写单位元）
            已有记录：91360722MA35G1YK7R 2024年度的相同数据已在库中，未写入
            ladder: --revenue“约500”：“约500”是约数；请填写财务报表中的准确金额
            """),
        ("en", """
            added admin 'ganzhou.li' for 360700 赣州市
            ladder: the password is too short: use at least 8 characters; nothing was changed
            name        role   region  region name  since (Beijing time)  status
            disabled 'ganzhou.li'; its sessions are signed out and its tokens refused
            ladder: account 'ganzhou.li' is already disabled; add a new account to give access again
            recorded facts of 91360722MA35G1YK7R for 2024
              revenue 48,000,000 元 (bare number read as 万元)
              rd-expense 2,400,000 元 (given in 元)
            already recorded: the same facts of 91360722MA35G1YK7R for 2024 are on file; nothing written
            ladder: --revenue '约500': '约500' is approximate; enter the exact amount from the financial statement
            """),
    ])
    func accountsAndFactsInTheLanguage(_ language: String, _ expected: String) throws {
        let (dir, db) = try EligibilityCommandTests.prepared()
        defer { _ = dir }
        let runs: [([String], String?, Int32)] = [
            (["accounts", "add", "ganzhou.li", "--role", "admin", "--region", "360700", "--password-stdin"], "correct-horse-9\n", 0),
            (["accounts", "add", "nanchang.wang", "--role", "editor", "--region", "360100", "--password-stdin"], "short\n", 64),
            (["accounts", "list"], nil, 0),
            (["accounts", "disable", "ganzhou.li"], nil, 0),
            (["accounts", "disable", "ganzhou.li"], nil, 1),
            (["facts", "set", Self.a, "--year", "2024", "--revenue", "4,800", "--rd-expense", "2400000元"], nil, 0),
            (["facts", "set", Self.a, "--year", "2024", "--revenue", "4,800", "--rd-expense", "2400000元"], nil, 0),
            (["facts", "set", Self.a, "--year", "2024", "--revenue", "约500"], nil, 64),
        ]
        var lines: [String] = []
        for (arguments, stdin, status) in runs {
            let run = try LadderRun.run(arguments, db: db, environment: ["LADDER_LANG": language], stdin: stdin.map { Data($0.utf8) })
            #expect(run.status == status, "\(arguments): \(run.stderr)")
            // The list's first line only: the rows carry the moment the account was made.
            let out = arguments == ["accounts", "list"] ? String(run.stdout.prefix { $0 != "\n" }) + "\n" : run.stdout
            lines.append(out + run.stderr)
        }
        #expect(lines.joined() == expected + "\n")
        if language == "zh" { #expect(EnglishWords.find(in: ChineseErrorsScanTests.unquoted(lines.joined())) == []) }
    }
}
