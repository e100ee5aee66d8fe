/// The web pages of `ladder serve`: the layout, sign-in, search, a firm and the dashboard. The
/// pages also take the glossary (`Term`) and the firm's labels of `ladder show` (`ShowText`).
public enum PageText: String, CatalogueArea {
    // The layout.
    case appName, skipToContent, searchLabel, searchPlaceholder, searchButton, navHome, navFind, navLabel
    case languageLabel, languageZh, languageEn, signedInAs, logout
    // Sign-in.
    case loginTitle, loginIntro, username, password, loginButton, wrongPassword, throttled, sessionEnded, signedOut
    case formExpired, missingFields
    // Search.
    case findTitle, findHint, found, foundTruncated, nothingFound, outsideRegion, nearest, columnPlace, columnPosition
    case formerNames, findRefused
    // A firm.
    case profile, phone, placeOn, statusValid, statusExpired, statusRevoked, statusNotStarted, voided
    case eligibilityTitle, eligibilityIntro, fiscalYear
    case columnCriterion, columnValue, columnThreshold, columnVerdict
    case missingFacts, score, factsTitle, columnFigure, noFacts, asOfLine
    // Refusals.
    case forbiddenTitle, notFoundTitle, firmNotFound, badRequestTitle, errorTitle
    case errorGeneric, pageNotFound, backHome
    // The dashboard.
    case dashboardTitle, validFirms, firmsUnit, firmsCounted, byPlace, byCounty, columnTotal, columnPlaceCode
    case expiringTitle, expiringNone, expiringShown, columnLastDay, columnDaysLeft, importsTitle, importsNone
    case columnFile, columnRows, columnNewFirms, columnRejected, columnStarted, columnKindOfFile, batchVoided
    case dayPicker, asOfField, knownAtField, knownAtHint, regionField, regionHint, showButton, permalink
    // The lists.
    case navExpiring, navLapsed, navCandidates, filterLabel, tierField, tierAll, daysField, daysHintExpiring
    case daysHintLapsed, rowsCount, listEmpty, exportExcel, exportCSV, exportHint, sortBy, sortedAscending
    case sortedDescending, badSort, badOrder, listTitle

    public static let area = "page"

    public var entry: CatalogueEntry {
        switch self {
        case .appName: CatalogueEntry(zh: "科技企业梯次培育", en: "Tiered cultivation")
        case .skipToContent: CatalogueEntry(zh: "跳到正文", en: "Skip to content")
        case .searchLabel: CatalogueEntry(zh: "查找企业", en: "Find a firm")
        case .searchPlaceholder: CatalogueEntry(zh: "信用代码或名称的一部分", en: "credit code or part of a name")
        case .searchButton: CatalogueEntry(zh: "查找", en: "Find")
        case .navHome: CatalogueEntry(zh: "首页", en: "Home")
        case .navFind: CatalogueEntry(zh: "查找", en: "Find")
        case .navLabel: CatalogueEntry(zh: "主菜单", en: "Main menu")
        case .languageLabel: CatalogueEntry(zh: "语言", en: "Language")
        case .languageZh: CatalogueEntry(zh: "中文", en: "中文")
        case .languageEn: CatalogueEntry(zh: "English", en: "English")
        case .signedInAs: CatalogueEntry(zh: "{name}（{role}，{region}）", en: "{name} ({role}, {region})")
        case .logout: CatalogueEntry(zh: "退出", en: "Sign out")
        case .loginTitle: CatalogueEntry(zh: "登录", en: "Sign in")
        case .loginIntro: CatalogueEntry(zh: "请用管理员为您开设的账户登录。", en: "Sign in with the account an admin opened for you.")
        case .username: CatalogueEntry(zh: "用户名", en: "Username")
        case .password: CatalogueEntry(zh: "密码", en: "Password")
        case .loginButton: CatalogueEntry(zh: "登录", en: "Sign in")
        case .wrongPassword: CatalogueEntry(zh: "用户名或密码错误（或账户已停用），请核对后重试。",
                                            en: "Wrong username or password (or the account is disabled); check both and try again.")
        case .throttled: CatalogueEntry(zh: "登录失败次数过多，请 {minutes} 分钟后再试，或请管理员核对密码。",
                                        en: "Too many failed sign-ins; wait {minutes} minutes, or ask an admin to check the password.")
        case .sessionEnded: CatalogueEntry(zh: "您的登录已过期（长时间未使用、已退出或密码已更改），请重新登录。",
                                           en: "Your session has ended (unused too long, signed out, or the password changed); sign in again.")
        case .signedOut: CatalogueEntry(zh: "您已退出。", en: "You have signed out.")
        case .formExpired: CatalogueEntry(zh: "页面已过期，请重新填写并提交。", en: "This page has expired; fill it in and send it again.")
        case .missingFields: CatalogueEntry(zh: "请填写用户名和密码。", en: "Enter a username and a password.")
        case .findTitle: CatalogueEntry(zh: "查找企业", en: "Find a firm")
        case .findHint: CatalogueEntry(zh: "输入统一社会信用代码（全角、带空格的也可以）或名称的一部分。",
                                       en: "Type a credit code (full-width or with spaces is fine) or part of a name.")
        case .found: CatalogueEntry(zh: "找到 {count} 家企业", en: "{count} firms found", enOne: "{count} firm found")
        case .foundTruncated: CatalogueEntry(zh: "名称含此文字的企业太多，仅列出前 {count} 家；请多输入几个字。",
                                             en: "Too many names contain this text; the first {count} are listed. Type a longer text.")
        case .nothingFound: CatalogueEntry(zh: "没有找到与「{text}」相符的企业。", en: "No firm matches “{text}”.")
        case .outsideRegion: CatalogueEntry(zh: "另有 {count} 家相符的企业在您的地区之外，未列出。",
                                            en: "{count} more matching firms lie outside your region and are not listed.",
                                            enOne: "{count} more matching firm lies outside your region and is not listed.")
        case .nearest: CatalogueEntry(zh: "名称最接近的：", en: "Closest names:")
        case .columnPlace: CatalogueEntry(zh: "所在地", en: "place")
        case .columnPosition: CatalogueEntry(zh: "梯次位置", en: "position")
        case .formerNames: CatalogueEntry(zh: "曾用名：{names}", en: "formerly: {names}")
        case .findRefused: CatalogueEntry(zh: "请至少输入两个字或信用代码的一部分。", en: "Type at least two characters or part of a credit code.")
        case .profile: CatalogueEntry(zh: "基本信息", en: "Profile")
        case .phone: CatalogueEntry(zh: "联系电话", en: "phone")
        case .placeOn: CatalogueEntry(zh: "所在地（{day}）", en: "place on {day}")
        case .statusValid: CatalogueEntry(zh: "有效", en: "valid")
        case .statusExpired: CatalogueEntry(zh: "已到期", en: "expired")
        case .statusRevoked: CatalogueEntry(zh: "已撤销", en: "revoked")
        case .statusNotStarted: CatalogueEntry(zh: "未生效", en: "not started")
        case .voided: CatalogueEntry(zh: "已被 #{id} 作废", en: "voided by #{id}")
        case .eligibilityTitle: CatalogueEntry(zh: "条件核对", en: "Eligibility")
        case .eligibilityIntro: CatalogueEntry(zh: "按 {day} 适用的认定政策，逐项核对各层级的条件。",
                                               en: "Each tier's criteria under the policy in force on {day}.")
        case .fiscalYear: CatalogueEntry(zh: "核对年度 {year}", en: "fiscal year {year}")
        case .columnCriterion: CatalogueEntry(zh: "条件", en: "criterion")
        case .columnValue: CatalogueEntry(zh: "企业数值", en: "value")
        case .columnThreshold: CatalogueEntry(zh: "要求", en: "threshold")
        case .columnVerdict: CatalogueEntry(zh: "结论", en: "verdict")
        case .missingFacts: CatalogueEntry(zh: "需补录：{facts}", en: "enter to decide: {facts}")
        case .score: CatalogueEntry(zh: "评分：{score}", en: "score: {score}")
        case .factsTitle: CatalogueEntry(zh: "年度数据（金额单位：元）", en: "Facts by year (money in yuan)")
        case .columnFigure: CatalogueEntry(zh: "指标", en: "figure")
        case .noFacts: CatalogueEntry(zh: "暂无年度数据。", en: "No facts on file.")
        case .asOfLine: CatalogueEntry(zh: "统计日 {day} · {known}", en: "as of {day} · {known}")
        case .forbiddenTitle: CatalogueEntry(zh: "无权查看", en: "Not in your region")
        case .notFoundTitle: CatalogueEntry(zh: "未找到", en: "Not found")
        case .firmNotFound: CatalogueEntry(zh: "没有信用代码或名称为「{text}」的企业；请用「查找」按名称的一部分搜索。",
                                           en: "No firm has the credit code or name “{text}”; use Find to search by part of a name.")
        case .badRequestTitle: CatalogueEntry(zh: "无法理解的请求", en: "Request not understood")
        case .errorTitle: CatalogueEntry(zh: "出错了", en: "Something went wrong")
        case .errorGeneric: CatalogueEntry(zh: "服务器出错；请稍后再试，或请管理员查看服务器日志。",
                                           en: "The server failed; try again later, or ask an admin to read the server log.")
        case .pageNotFound: CatalogueEntry(zh: "没有这个页面：{path}", en: "There is no page {path}")
        case .backHome: CatalogueEntry(zh: "返回首页", en: "Back to the dashboard")
        case .dashboardTitle: CatalogueEntry(zh: "{region}梯次培育概况", en: "{region}: the ladder at a glance")
        case .validFirms: CatalogueEntry(zh: "有效{tier}", en: "valid {tier}")
        case .firmsUnit: CatalogueEntry(zh: "家", en: "firms")
        case .firmsCounted: CatalogueEntry(zh: "持有任一有效资格的企业 {count} 家（每家按最高层级计一次）",
                                           en: "{count} firms hold a valid qualification (each counted once, at its highest tier)")
        case .byPlace: CatalogueEntry(zh: "各设区市", en: "By city")
        case .byCounty: CatalogueEntry(zh: "各县（市、区）", en: "By county")
        case .columnTotal: CatalogueEntry(zh: "合计", en: "total")
        case .columnPlaceCode: CatalogueEntry(zh: "代码", en: "code")
        case .expiringTitle: CatalogueEntry(zh: "90 天内到期的资格", en: "Qualifications ending within 90 days")
        case .expiringNone: CatalogueEntry(zh: "90 天内没有到期的资格。", en: "None ends within 90 days.")
        case .expiringShown: CatalogueEntry(zh: "共 {count} 条，列出最早到期的 {shown} 条。", en: "{count} in all; the {shown} ending first are listed.")
        case .columnLastDay: CatalogueEntry(zh: "最后有效日", en: "last valid day")
        case .columnDaysLeft: CatalogueEntry(zh: "剩余天数", en: "days left")
        case .importsTitle: CatalogueEntry(zh: "最近导入", en: "Latest imports")
        case .importsNone: CatalogueEntry(zh: "尚无导入记录。", en: "Nothing imported yet.")
        case .columnFile: CatalogueEntry(zh: "文件", en: "file")
        case .columnRows: CatalogueEntry(zh: "行数", en: "rows")
        case .columnNewFirms: CatalogueEntry(zh: "新增企业", en: "new firms")
        case .columnRejected: CatalogueEntry(zh: "拒收行", en: "rejected")
        case .columnStarted: CatalogueEntry(zh: "导入时间（北京时间）", en: "imported (Beijing time)")
        case .columnKindOfFile: CatalogueEntry(zh: "类型", en: "kind")
        case .batchVoided: CatalogueEntry(zh: "已作废", en: "voided")
        case .dayPicker: CatalogueEntry(zh: "查看某一天", en: "Show another day")
        case .asOfField: CatalogueEntry(zh: "统计日", en: "As of")
        case .knownAtField: CatalogueEntry(zh: "数据截至", en: "Known at")
        case .knownAtHint: CatalogueEntry(zh: "留空即全部已记录的数据", en: "empty: everything recorded")
        case .regionField: CatalogueEntry(zh: "地区代码", en: "Region code")
        case .regionHint: CatalogueEntry(zh: "留空即本账户的地区", en: "empty: your account's region")
        case .showButton: CatalogueEntry(zh: "查看", en: "Show")
        case .permalink: CatalogueEntry(zh: "本页固定链接（日后打开显示相同数字）", en: "Link to this page (shows the same figures later)")
        case .navExpiring: CatalogueEntry(zh: "即将到期", en: "Expiring")
        case .navLapsed: CatalogueEntry(zh: "已失效", en: "Lapsed")
        case .navCandidates: CatalogueEntry(zh: "培育对象", en: "Candidates")
        case .filterLabel: CatalogueEntry(zh: "筛选", en: "Filter")
        case .tierField: CatalogueEntry(zh: "层级", en: "Tier")
        case .tierAll: CatalogueEntry(zh: "全部层级", en: "every tier")
        case .daysField: CatalogueEntry(zh: "天数", en: "Days")
        case .daysHintExpiring: CatalogueEntry(zh: "最后有效日在统计日后几天之内；留空即 90 天",
                                               en: "last valid day within this many days of the as-of day; empty: 90")
        case .daysHintLapsed: CatalogueEntry(zh: "到期日在统计日前几天之内；留空即近一年内复审窗口已关闭的",
                                             en: "ended within this many days before the as-of day; empty: renewal window closed within the last year")
        case .rowsCount: CatalogueEntry(zh: "共 {count} 条", en: "{count} rows", enOne: "{count} row")
        case .listEmpty: CatalogueEntry(zh: "没有符合条件的记录。", en: "Nothing matches these filters.")
        case .exportExcel: CatalogueEntry(zh: "导出 Excel", en: "Export Excel")
        case .exportCSV: CatalogueEntry(zh: "导出 CSV", en: "Export CSV")
        case .exportHint: CatalogueEntry(zh: "导出全部符合条件的记录，与命令行 ladder 导出的文件相同。",
                                         en: "Exports every row that matches, the same file the ladder command line writes.")
        case .sortBy: CatalogueEntry(zh: "按{column}排序", en: "sort by {column}")
        case .sortedAscending: CatalogueEntry(zh: "升序", en: "ascending")
        case .sortedDescending: CatalogueEntry(zh: "降序", en: "descending")
        case .badSort: CatalogueEntry(zh: "无法按「{value}」排序；可排序的列：{columns}。",
                                      en: "Cannot sort by “{value}”; the columns are: {columns}.")
        case .listTitle: CatalogueEntry(zh: "{region} · {list}", en: "{list} · {region}")
        case .badOrder: CatalogueEntry(zh: "排序方向「{value}」无效；请用 asc（升序）或 desc（降序）。",
                                       en: "Order “{value}” is not known; use asc (ascending) or desc (descending).")
        }
    }
}
