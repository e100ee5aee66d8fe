/// Accounts and their tokens: the refusals (`AccountError`), what `ladder accounts` prints and
/// what it says when asking for a password.
public enum AccountText: String, CatalogueArea {
    case badName, nameTaken, unknownAccount, alreadyDisabled, unknownToken, tokenAlreadyRevoked
    case noAccounts, noTokens, tokensOf, disabledSince, revokedSince, active
    case columnName, columnRole, columnRegion, columnRegionName, columnSince, columnStatus, columnID, columnMade
    case added, disabled, passwordChanged, tokenRevoked, tokenMade
    case noPasswordOnStdin, noTerminal, askPassword, askAgain, passwordsDiffer, noPasswordTyped, passwordTooShort
    case passwordTooLong, nothingChanged, roleViewer, roleEditor, roleAdmin

    public static let area = "account"

    public var entry: CatalogueEntry {
        switch self {
        case .badName:
            CatalogueEntry(zh: "“{name}”不能用作账号名；请使用1至64个字母、数字、“.”、“_”或“-”（例如 ganzhou.li）",
                           en: "'{name}' is not a usable account name; use 1 to 64 letters, digits, '.', '_' or '-' (e.g. ganzhou.li)")
        case .nameTaken:
            CatalogueEntry(zh: "账号“{name}”已存在；请换一个名称，或用 `ladder accounts list` 查看",
                           en: "an account named '{name}' already exists; choose another name or see `ladder accounts list`")
        case .unknownAccount:
            CatalogueEntry(zh: "没有账号“{name}”；请用 `ladder accounts list` 查看", en: "no account named '{name}'; see `ladder accounts list`")
        case .alreadyDisabled:
            CatalogueEntry(zh: "账号“{name}”已停用；如需恢复使用，请新建账号",
                           en: "account '{name}' is already disabled; add a new account to give access again")
        case .unknownToken:
            CatalogueEntry(zh: "账号“{name}”没有令牌 {id}；请用 `ladder accounts token {name} --list` 查看",
                           en: "account '{name}' has no token {id}; see `ladder accounts token {name} --list`")
        case .tokenAlreadyRevoked:
            CatalogueEntry(zh: "账号“{name}”的令牌 {id} 已吊销；无需操作", en: "token {id} of account '{name}' is already revoked; nothing to do")
        case .noAccounts:
            CatalogueEntry(zh: "还没有账号；请用 `ladder accounts add 账号名 --role admin --region 360000` 新建",
                           en: "no accounts yet; add one with `ladder accounts add NAME --role admin --region 360000`")
        case .noTokens: CatalogueEntry(zh: "没有令牌；请用 `ladder accounts token 账号名` 生成", en: "no tokens; make one with `ladder accounts token NAME`")
        case .tokensOf: CatalogueEntry(zh: "账号“{name}”的令牌：", en: "tokens of '{name}':")
        case .disabledSince: CatalogueEntry(zh: "已停用 {time}", en: "disabled {time}")
        case .revokedSince: CatalogueEntry(zh: "已吊销 {time}", en: "revoked {time}")
        case .active: CatalogueEntry(zh: "有效", en: "active")
        case .columnName: CatalogueEntry(zh: "账号", en: "name")
        case .columnRole: CatalogueEntry(zh: "角色", en: "role")
        case .columnRegion: CatalogueEntry(zh: "地区代码", en: "region")
        case .columnRegionName: CatalogueEntry(zh: "地区名称", en: "region name")
        case .columnSince: CatalogueEntry(zh: "创建时间（北京时间）", en: "since (Beijing time)")
        case .columnStatus: CatalogueEntry(zh: "状态", en: "status")
        case .columnID: CatalogueEntry(zh: "编号", en: "id")
        case .columnMade: CatalogueEntry(zh: "生成时间（北京时间）", en: "made (Beijing time)")
        case .added: CatalogueEntry(zh: "已新建{role}账号“{name}”，所属地区 {code} {region}", en: "added {role} '{name}' for {code} {region}")
        case .disabled:
            CatalogueEntry(zh: "已停用“{name}”；其登录会话已退出，令牌不再有效", en: "disabled '{name}'; its sessions are signed out and its tokens refused")
        case .passwordChanged:
            CatalogueEntry(zh: "已更改“{name}”的密码；其登录会话已退出", en: "changed the password of '{name}'; its sessions are signed out")
        case .tokenRevoked:
            CatalogueEntry(zh: "已吊销“{name}”的令牌 {id}；此后持该令牌的请求一律拒绝",
                           en: "revoked token {id} of '{name}'; requests bearing it are refused from now on")
        case .tokenMade:
            CatalogueEntry(zh: "“{name}”的令牌 {id}；只显示这一次，请立即保存：", en: "token {id} of '{name}'; it is shown only this once, so store it now:")
        case .noPasswordOnStdin:
            CatalogueEntry(zh: "--password-stdin 在标准输入中没有读到内容；请用管道输入密码，例如从只有您能读的文件",
                           en: "--password-stdin found nothing on stdin; pipe the password in, e.g. from a file only you can read")
        case .noTerminal:
            CatalogueEntry(zh: "没有可输入密码的终端；请用 --password-stdin 以管道输入", en: "no terminal to ask the password on; pipe it in with --password-stdin")
        case .askPassword: CatalogueEntry(zh: "新密码：", en: "new password: ")
        case .askAgain: CatalogueEntry(zh: "再输入一次：", en: "the same again: ")
        case .passwordsDiffer:
            CatalogueEntry(zh: "两次输入的密码不同；未作更改，请重新运行该命令", en: "the two passwords differ; nothing was changed, run the command again")
        case .noPasswordTyped: CatalogueEntry(zh: "没有输入密码；未作更改", en: "no password was typed; nothing was changed")
        case .passwordTooShort:
            CatalogueEntry(zh: "密码太短：请至少使用 {minimum} 个字符", en: "the password is too short: use at least {minimum} characters")
        case .passwordTooLong:
            CatalogueEntry(zh: "密码太长：只有前72个字节有效；请最多使用72个字节（24个汉字）",
                           en: "the password is too long: bcrypt uses only the first 72 bytes; use at most 72 (24 Chinese characters)")
        case .nothingChanged: CatalogueEntry(zh: "；未作更改", en: "; nothing was changed")
        case .roleViewer: CatalogueEntry(zh: "查阅员", en: "viewer")
        case .roleEditor: CatalogueEntry(zh: "录入员", en: "editor")
        case .roleAdmin: CatalogueEntry(zh: "管理员", en: "admin")
        }
    }
}
