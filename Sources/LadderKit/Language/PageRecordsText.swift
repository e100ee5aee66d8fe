/// The web pages 目标 `/targets`, 日志 `/log` and 账户 `/accounts`: their menu entries, headings,
/// forms, notices and the refusals of their forms, each naming the field to fix.
public enum PageRecordsText: String, CatalogueArea {
    // The menu.
    case navTargets, navLog, navAccounts
    // 目标.
    case targetsTitle, targetsIntro, columnProgress, progressShare, targetsNone, setTargetTitle, setTargetHint
    case countField, dueField, setTargetButton, badCount, badDue, badTier, targetSame, targetsAdminOnly
    // 日志.
    case logTitle, logIntro, operatorField, operatorHint, sinceField, sinceHint, limitField, columnFirm, logShown
    case nextPage, firstPage, unitRows
    // 账户.
    case accountsTitle, accountsIntro, columnStatus, columnCreated, statusActive, statusDisabled, manage
    case addAccountTitle, roleField, passwordField, passwordAgainField, passwordHint, addButton
    case missingUsername, missingPassword, passwordsDiffer, badRole, fieldProblem, accountAdded
    case accountTitle, accountNotFound, backToAccounts, disableTitle, disableHint, disableButton, disabledDone
    case cannotChangeDisabled, newPasswordTitle, newPasswordHint, setPasswordButton, passwordSetDone
    case tokensTitle, tokensHint, noTokens, columnTokenID, columnTokenMade, revokeButton, makeTokenButton
    case tokenRevokedDone, tokenNotFound, tokenTitle, tokenWarning, tokenLabel, backToAccount, tokenShownAlready

    public static let area = "page-records"

    public var entry: CatalogueEntry {
        switch self {
        case .navTargets: CatalogueEntry(zh: "目标", en: "Targets")
        case .navLog: CatalogueEntry(zh: "日志", en: "Log")
        case .navAccounts: CatalogueEntry(zh: "账户", en: "Accounts")
        case .targetsTitle: CatalogueEntry(zh: "{region} · 目标", en: "Targets · {region}")
        case .targetsIntro:
            CatalogueEntry(zh: "每个执行中的目标：统计日有效的企业数、一年前的数，以及按这一年的增速到完成期限时的预计数。",
                           en: "Each target in force: the valid firms on the as-of day, a year before, and where this year's pace leads by the due day.")
        case .columnProgress: CatalogueEntry(zh: "完成率", en: "progress")
        case .progressShare: CatalogueEntry(zh: "{percent}%", en: "{percent}%")
        case .targetsNone: CatalogueEntry(zh: "本地区还没有执行中的目标。", en: "No target is in force for this region.")
        case .setTargetTitle: CatalogueEntry(zh: "设定目标", en: "Set a target")
        case .setTargetHint:
            CatalogueEntry(zh: "同一层级、同一地区以最新设定的目标为准；设定记入日志。只能设定本地区及下属地区的目标。",
                           en: "For a tier and region the latest target set is in force; setting one is logged. Only your region and the regions within it.")
        case .countField: CatalogueEntry(zh: "目标数（家）", en: "Target (firms)")
        case .dueField: CatalogueEntry(zh: "完成期限", en: "Due by")
        case .setTargetButton: CatalogueEntry(zh: "设定目标", en: "Set target")
        case .badCount:
            CatalogueEntry(zh: "“{value}”不是正整数；请填写至少为 1 的整数，例如 1200。",
                           en: "“{value}” is not a whole number of at least 1; write e.g. 1200.")
        case .badDue:
            CatalogueEntry(zh: "“{value}”不是日期；请写成 2025-12-31 这样的日期。", en: "“{value}” is not a day; write it as 2025-12-31.")
        case .badTier: CatalogueEntry(zh: "“{value}”不是层级；请从列表中选择。", en: "“{value}” is not a tier; pick one from the list.")
        case .targetSame:
            CatalogueEntry(zh: "这一目标已在执行（目标 #{id}），未重复记录。", en: "This target is already in force (target #{id}); nothing recorded.")
        case .targetsAdminOnly:
            CatalogueEntry(zh: "账号“{account}”是{role}；只有管理员能设定目标，请联系{region}的管理员。",
                           en: "account '{account}' is {role}; only an admin sets targets, ask an admin of {region}")
        case .logTitle: CatalogueEntry(zh: "{region} · 日志", en: "Log · {region}")
        case .logIntro:
            CatalogueEntry(zh: "谁在何时记录了什么、依据哪份文件或哪一批导入、从哪个地址提交，最新的在前。",
                           en: "Who recorded what and when, from which document or import batch and which address, newest first.")
        case .operatorField: CatalogueEntry(zh: "操作人账户", en: "Account")
        case .operatorHint: CatalogueEntry(zh: "留空即全部账户", en: "empty: every account")
        case .sinceField: CatalogueEntry(zh: "起始日", en: "Since")
        case .sinceHint: CatalogueEntry(zh: "只看这天及以后记录的（北京时间）", en: "recorded on or after this day (China time)")
        case .limitField: CatalogueEntry(zh: "每页条数", en: "Per page")
        case .columnFirm: CatalogueEntry(zh: "企业", en: "Firm")
        case .logShown:
            CatalogueEntry(zh: "本页第 {first}–{last} 条，最新的在前", en: "Records {first}–{last}, newest first")
        case .nextPage: CatalogueEntry(zh: "下一页", en: "Next page")
        case .firstPage: CatalogueEntry(zh: "第一页", en: "First page")
        case .unitRows: CatalogueEntry(zh: "条", en: "rows")
        case .accountsTitle: CatalogueEntry(zh: "{region} · 账户", en: "Accounts · {region}")
        case .accountsIntro:
            CatalogueEntry(zh: "本地区及下属地区的账户。管理员可以新建账户、停用账户、设置新密码、生成或吊销接口令牌；每项操作都有记录。",
                           en: "The accounts of your region and the regions within it. An admin adds and disables accounts, sets passwords, and makes or revokes API tokens; every change is recorded.")
        case .columnStatus: CatalogueEntry(zh: "状态", en: "Status")
        case .columnCreated: CatalogueEntry(zh: "开设时间（北京时间）", en: "Opened (Beijing time)")
        case .statusActive: CatalogueEntry(zh: "启用", en: "active")
        case .statusDisabled: CatalogueEntry(zh: "已停用（{time}）", en: "disabled ({time})")
        case .manage: CatalogueEntry(zh: "管理", en: "Manage")
        case .addAccountTitle: CatalogueEntry(zh: "新建账户", en: "Add an account")
        case .roleField: CatalogueEntry(zh: "角色", en: "Role")
        case .passwordField: CatalogueEntry(zh: "初始密码", en: "First password")
        case .passwordAgainField: CatalogueEntry(zh: "再输一次密码", en: "Password again")
        case .passwordHint:
            CatalogueEntry(zh: "至少 {length} 个字符；请当面或电话告知本人。", en: "at least {length} characters; tell the person face to face or by phone.")
        case .addButton: CatalogueEntry(zh: "新建账户", en: "Add account")
        case .missingUsername:
            CatalogueEntry(zh: "请填写用户名，例如 ganzhou.li。", en: "Fill in the username, e.g. ganzhou.li.")
        case .missingPassword:
            CatalogueEntry(zh: "请填写密码（至少 {length} 个字符），两处都要填。", en: "Fill in the password (at least {length} characters) in both fields.")
        case .passwordsDiffer:
            CatalogueEntry(zh: "两次输入的密码不同；请重新输入两次。", en: "The two passwords differ; type it twice again.")
        case .badRole: CatalogueEntry(zh: "“{value}”不是角色；请从列表中选择。", en: "“{value}” is not a role; pick one from the list.")
        case .fieldProblem: CatalogueEntry(zh: "{field}：{reason}", en: "{field}: {reason}")
        case .accountAdded:
            CatalogueEntry(zh: "已新建账户“{name}”（{role}，{region}），本人现在可以用它登录。",
                           en: "Added account '{name}' ({role}, {region}); its owner can sign in with it now.")
        case .accountTitle: CatalogueEntry(zh: "账户 {name}", en: "Account {name}")
        case .accountNotFound:
            CatalogueEntry(zh: "没有名为“{name}”的账户；请回到账户列表查看。", en: "There is no account named '{name}'; see the list of accounts.")
        case .backToAccounts: CatalogueEntry(zh: "返回账户列表", en: "Back to the accounts")
        case .disableTitle: CatalogueEntry(zh: "停用账户", en: "Disable the account")
        case .disableHint:
            CatalogueEntry(zh: "停用后本人不能再登录，已登录的会话和接口令牌一并失效；停用不能撤销，如需恢复请新建账户。",
                           en: "Once disabled it cannot sign in, and its sessions and API tokens stop working; this cannot be undone, add a new account instead.")
        case .disableButton: CatalogueEntry(zh: "停用此账户", en: "Disable this account")
        case .disabledDone: CatalogueEntry(zh: "已停用账户“{name}”。", en: "Account '{name}' is disabled.")
        case .cannotChangeDisabled:
            CatalogueEntry(zh: "账户“{name}”已停用，不能再设置密码或生成令牌；如需恢复请新建账户。",
                           en: "Account '{name}' is disabled: no new password or token; add a new account instead.")
        case .newPasswordTitle: CatalogueEntry(zh: "设置新密码", en: "Set a new password")
        case .newPasswordHint:
            CatalogueEntry(zh: "设置后该账户已登录的会话都会结束，本人需用新密码重新登录。",
                           en: "Its signed-in sessions end; its owner signs in again with the new password.")
        case .setPasswordButton: CatalogueEntry(zh: "设置新密码", en: "Set password")
        case .passwordSetDone:
            CatalogueEntry(zh: "已为账户“{name}”设置新密码，其已登录的会话均已结束。", en: "A new password is set for '{name}'; its sessions have ended.")
        case .tokensTitle: CatalogueEntry(zh: "接口令牌", en: "API tokens")
        case .tokensHint:
            CatalogueEntry(zh: "令牌供脚本调用接口，代表这个账户；令牌本身只在生成时显示一次。",
                           en: "A token lets a script call the API as this account; the token itself is shown once, when made.")
        case .noTokens: CatalogueEntry(zh: "没有令牌。", en: "No tokens.")
        case .columnTokenID: CatalogueEntry(zh: "编号", en: "Number")
        case .columnTokenMade: CatalogueEntry(zh: "生成时间（北京时间）", en: "Made (Beijing time)")
        case .revokeButton: CatalogueEntry(zh: "吊销", en: "Revoke")
        case .makeTokenButton: CatalogueEntry(zh: "生成新令牌", en: "Make a new token")
        case .tokenRevokedDone: CatalogueEntry(zh: "已吊销令牌 {id}。", en: "Token {id} is revoked.")
        case .tokenNotFound:
            CatalogueEntry(zh: "账户“{name}”没有编号为 {id} 的令牌；请回到该账户的页面查看。",
                           en: "Account '{name}' has no token {id}; see the account's page.")
        case .tokenTitle: CatalogueEntry(zh: "账户 {name} 的新令牌", en: "New token of {name}")
        case .tokenWarning:
            CatalogueEntry(zh: "请现在就复制并妥善保存这个令牌：它只显示这一次，系统不保存令牌本身，离开此页后无法再查看。",
                           en: "Copy this token now and keep it safe: it is shown only this once; the system keeps no copy, and it cannot be seen again after you leave this page.")
        case .tokenLabel: CatalogueEntry(zh: "令牌 {id}", en: "Token {id}")
        case .backToAccount: CatalogueEntry(zh: "返回账户 {name}", en: "Back to account {name}")
        case .tokenShownAlready:
            CatalogueEntry(zh: "新令牌只显示一次：它已经显示过，或已超过 {minutes} 分钟，不能再次显示。如果没有复制下来，请回到账户页面吊销它，再生成一个新令牌。",
                           en: "A new token is shown only once: this one has been shown already, or more than {minutes} minutes have passed, so it cannot be shown again. If you did not copy it, go back to the account's page, revoke it and make a new one.")
        }
    }
}
