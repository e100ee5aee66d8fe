@testable import LadderKit
import Testing

/// An error picks its words when it is read, so the same error reads in the language of whoever
/// reads it (a server request scopes its own); the data it quotes is kept as it is.
@Suite struct ErrorLanguageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let error: any Error & CustomStringConvertible & Sendable
        let zh: String
        let en: String
        var testDescription: String { name }
    }

    static let holder = WriteLockHolder(pid: 4242, operatorName: "王芳", command: "ladder import roster.csv", since: nil)

    @Test(arguments: [
        Case(name: "check character", error: CreditCodeError.check(value: "91360722MA35G1YK7X", found: "X", expected: "R"),
             zh: "“91360722MA35G1YK7X”的校验码是“X”，应为“R”；请核对代码",
             en: "'91360722MA35G1YK7X' has check character 'X', expected 'R'"),
        Case(name: "unknown region", error: RegionError.unknown(value: "赣州东区"),
             zh: "“赣州东区”不是本工具所知的江西地区；请给出设区市（3607、360700、赣州或赣州市）、县区（360702、章贡区或章贡）、"
                 + "ganjiang（赣江新区）或全省（360000、江西省）",
             en: "'赣州东区' is not a Jiangxi region this tool knows; give a 设区市 (3607, 360700, 赣州 or 赣州市), "
                 + "a 县区 (360702, 章贡区 or 章贡), ganjiang (赣江新区), or the province (360000, 江西省)"),
        Case(name: "certificate number", error: NumberError.certificate(value: "GR2025"),
             zh: "“GR2025”不是高新技术企业证书编号：应为14位：字母 G、R 加年份、省份代码和序号，例如 GR202336000123",
             en: "'GR2025' is not a 高新技术企业 certificate number: expected GR + year + province + serial, "
                 + "14 characters, e.g. GR202336000123"),
        Case(name: "money", error: Money.ParseError.fractionOfYuan(text: "1.005", yuan: "1.005"),
             zh: "“1.005”是 1.005 元，含不足一元的零头；金额按整元存储，请先取整",
             en: "'1.005' is 1.005 元, a fraction of a yuan; amounts are stored in whole yuan, round it first"),
        Case(name: "unknown firm", error: RegistryError.unknownEnterprise(query: "不存在公司"),
             zh: "登记库中没有企业“不存在公司”；请先登记该企业",
             en: "no enterprise '不存在公司' in the registry; add it first"),
        Case(name: "number held", error: RegistryError.numberHeldByAnother(number: "GR202336000002", holderCode: "91440300708461136T",
                                                                          holderName: "乙公司"),
             zh: "编号 GR202336000002 已属于 乙公司（91440300708461136T）；请核对编号，如该记录有误，请先作废该记录",
             en: "number GR202336000002 is already held by 乙公司 (91440300708461136T); check the number, "
                 + "or void that record first if it was wrong"),
        Case(name: "day in prose", error: RegistryError.correctionInFuture(effective: Day(year: 2026, month: 1, day: 5)!,
                                                                          today: Day(year: 2025, month: 12, day: 31)!),
             zh: "该更正将自 2026年1月5日 起生效，晚于今天（2025年12月31日）；更正只改正至今已记录的内容，将来的搬迁请按迁移记录",
             en: "the correction would hold from 2026-01-05, after today (2025-12-31); a correction fixes what "
                 + "was recorded up to now: a move still to come is a relocation"),
        Case(name: "refused promotion", error: RegistryError.promotionRefused(
                code: "91360722MA35G1YK7R", tier: .hnte, verdict: .insufficientData, failed: [],
                missing: ["rd_expense (2024)", "founded"]),
             zh: "91360722MA35G1YK7R 不符合高新技术企业条件（数据不足）；请先录入：研发费用（--rd-expense，2024年度）、成立日期（--founded）。"
                 + "未作记录；如仍要记录，请写明特批理由",
             en: "91360722MA35G1YK7R does not meet the hnte rules (insufficient-data); enter first: rd_expense (2024), founded. "
                 + "Nothing was recorded; to record it anyway, give the reason for overriding the rules"),
        Case(name: "busy", error: RegistryError.busy(holder: holder),
             zh: "另一个 ladder 进程正在写入登记库（进程号 4242，操作人 王芳，`ladder import roster.csv`）；请等它完成后再试，或延长等待时间",
             en: "another ladder process holds the registry's write lock (pid 4242, operator 王芳, `ladder import roster.csv`); "
                 + "try again when it finishes, or wait longer"),
        Case(name: "unknown account", error: AccountError.unknownAccount(name: "nobody"),
             zh: "没有账号“nobody”；请用 `ladder accounts list` 查看", en: "no account named 'nobody'; see `ladder accounts list`"),
        Case(name: "statistics", error: StatisticsError.sameTier(.hnte),
             zh: "--from 和 --to 都是 hnte；转化漏斗须从较低层级到较高层级",
             en: "--from and --to are both hnte; a funnel goes from one tier to a higher one"),
        Case(name: "policy", error: PolicyError.missing(path: "$.eligibility.hnte"), zh: "$.eligibility.hnte：缺少此项",
             en: "$.eligibility.hnte: missing"),
        Case(name: "workbook", error: XLSXWriterError.tooManyColumns(count: 20000),
             zh: "XLSX 工作表最多 16384 列，现有 20000 列", en: "an XLSX sheet holds at most 16384 columns, got 20000"),
    ])
    func theDescriptionIsInTheReadersLanguage(_ c: Case) {
        #expect(Language.$scoped.withValue(.zh) { c.error.description } == c.zh)
        #expect(Language.$scoped.withValue(.en) { c.error.description } == c.en)
    }

    /// The same value, read twice in different scopes, says each in its own language: nothing is
    /// fixed when the error is made.
    @Test func oneErrorReadsInEachScope() {
        let error = RegistryError.unknownEvent(id: 7)
        let (zh, en) = (Language.$scoped.withValue(.zh) { "\(error)" }, Language.$scoped.withValue(.en) { "\(error)" })
        #expect(zh == "没有事件 #7；请查看该企业的事件记录")
        #expect(en == "no event #7; list a firm's events")
    }
}
