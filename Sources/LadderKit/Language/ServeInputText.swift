/// What `ladder serve` says about a request's own values — a query parameter or a JSON body field
/// missing or not readable — naming the parameter, the value and the fix. Parameter and field names
/// and the values a client sends (`as_of`, `hnte`, `2024-11-22`) are quoted as they are.
public enum ServeInputText: String, CatalogueArea {
    // Query parameters.
    case badAsOf, badKnownAt, badTier, missingTier, badWholeNumber, badDay, badMonth, badBool, notOneOf
    case badBy, byCityInRegion, missingFrom, fromAfterTo, tooManyMonths, sameTiers, funnelDownward, withinOrYear
    case badCategory, findRefused, badRegion, badWriteRegion, badZone
    case unitFirms, unitDays, unitYears
    // JSON bodies.
    case notAnObject, unknownField, notText, missingField, badValue, missingDay, notWholeNumber
    case badEvent, placedOutside, onFileOutside, badListCategory, badGround, badWriteTier
    case missingYear, implausibleYear, listYear, fiscalYear, badUnit, badScore
    // Accounts.
    case badRole, missingPassword, badPassword, cannotDisableSelf, badToken, noAccount, nameTaken, badUsername
    case noToken, passwordTooShort, passwordTooLong

    public static let area = "serveInput"

    public var entry: CatalogueEntry {
        switch self {
        case .badAsOf:
            CatalogueEntry(zh: "as_of “{value}”不是日期；请写成 YYYY-MM-DD，例如 2024-11-22。",
                           en: "as_of '{value}' is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22")
        case .badKnownAt:
            CatalogueEntry(zh: "known_at “{value}”不是时间；请写成 YYYY-MM-DD（北京时间当天结束时）、YYYY-MM-DDTHH:MM（北京时间），"
                               + "或带 Z 或时差的完整 ISO 时间。",
                           en: "known_at '{value}' is not a time; use YYYY-MM-DD (end of that day in China), "
                               + "YYYY-MM-DDTHH:MM (China time) or a full ISO time with Z or an offset")
        case .badTier:
            CatalogueEntry(zh: "{name} “{value}”不是层级；请用以下之一：{names}。", en: "{name} '{value}' is not a tier; give one of {names}")
        case .missingTier:
            CatalogueEntry(zh: "缺少参数 {name}；请给出，例如 {name}=hnte。", en: "{name} is missing; give it, e.g. {name}=hnte")
        case .badWholeNumber:
            CatalogueEntry(zh: "{name} “{value}”不是 {low} 到 {high} 之间的整数（单位：{unit}）。",
                           en: "{name} '{value}' is not a whole number of {unit} from {low} to {high}")
        case .badDay:
            CatalogueEntry(zh: "{name} “{value}”不是日期；请写成 YYYY-MM-DD，例如 2024-11-22。",
                           en: "{name} '{value}' is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22")
        case .badMonth:
            CatalogueEntry(zh: "{name} “{value}”不是月份；请写成 YYYY-MM，例如 2024-03。",
                           en: "{name} '{value}' is not a month; write it as YYYY-MM, e.g. 2024-03")
        case .badBool: CatalogueEntry(zh: "{name} “{value}”不是 true 或 false。", en: "{name} '{value}' is not true or false")
        case .notOneOf: CatalogueEntry(zh: "{name} “{value}”不在可选值中：{values}。", en: "{name} '{value}' is not one of {values}")
        case .badBy:
            CatalogueEntry(zh: "by “{value}”不可用；此查询只能按 city 分组。", en: "by '{value}' is not city, the one grouping this read offers")
        case .byCityInRegion:
            CatalogueEntry(zh: "by=city 是把全省按设区市分组，而{region}本身就是一个地区；请去掉 by=city。",
                           en: "by=city splits the province into its cities, and {region} is one region of its own; leave "
                               + "out by=city")
        case .missingFrom:
            CatalogueEntry(zh: "缺少参数 from；请给出起始月份，例如 from=2024-01。", en: "from is missing; give the first month, e.g. from=2024-01")
        case .fromAfterTo:
            CatalogueEntry(zh: "from {from} 晚于 to {to}；请先写较早的月份。", en: "from {from} is after to {to}; give the earlier month first")
        case .tooManyMonths:
            CatalogueEntry(zh: "from {from} 到 to {to} 超过 {years} 年；请缩短区间。",
                           en: "from {from} to {to} is more than {years} years; ask for fewer")
        case .sameTiers:
            CatalogueEntry(zh: "from 和 to 都是 {tier}；请给出两个不同层级。", en: "from and to are both {tier}; name two tiers")
        case .funnelDownward:
            CatalogueEntry(zh: "from {from} 的层级高于 to {to}；晋升情况从较低层级统计到较高层级（例如 from=tsme&to=hnte）。",
                           en: "from {from} is above to {to} on the ladder; the funnel runs from a lower tier to a higher one "
                               + "(e.g. from=tsme&to=hnte)")
        case .withinOrYear:
            CatalogueEntry(zh: "within 和 year 只能给一个。", en: "give within or year, not both")
        case .badCategory:
            CatalogueEntry(zh: "category “{value}”不是名单类别；请用以下之一：{values}。",
                           en: "category '{value}' is not a list category; give one of {values}")
        case .findRefused: CatalogueEntry(zh: "q：{reason}", en: "q: {reason}")
        case .badRegion: CatalogueEntry(zh: "region：{reason}", en: "region: {reason}")
        case .badWriteRegion: CatalogueEntry(zh: "region “{value}”：{reason}", en: "region '{value}': {reason}")
        case .badZone:
            CatalogueEntry(zh: "zone “{value}”不是功能区；目前只有 ganjiang（赣江新区）。",
                           en: "zone '{value}' is not a zone; the only one is ganjiang (赣江新区)")
        case .unitFirms: CatalogueEntry(zh: "家", en: "firms")
        case .unitDays: CatalogueEntry(zh: "天", en: "days")
        case .unitYears: CatalogueEntry(zh: "年", en: "years")
        case .notAnObject:
            CatalogueEntry(zh: "请求内容不是 JSON 对象；请把各字段放在一个对象中发送，例如 {\"effective\": \"2024-11-22\"}，"
                               + "并带 Content-Type: application/json。",
                           en: "the request body is not a JSON object; send the fields as one, e.g. "
                               + "{\"effective\": \"2024-11-22\"}, with Content-Type: application/json")
        case .unknownField:
            CatalogueEntry(zh: "未知字段“{field}”；此操作接受的字段：{fields}。", en: "unknown field '{field}'; this write takes {fields}")
        case .notText:
            CatalogueEntry(zh: "{field}：{value} 不是文本；请加引号。", en: "{field}: {value} is not text; write it in quotes")
        case .missingField:
            CatalogueEntry(zh: "缺少字段 {field}；请给出，例如 \"{field}\": \"{example}\"。",
                           en: "{field} is missing; give it, e.g. \"{field}\": \"{example}\"")
        case .badValue: CatalogueEntry(zh: "{field} “{value}”：{reason}", en: "{field} '{value}': {reason}")
        case .missingDay:
            CatalogueEntry(zh: "缺少字段 {field}；请按 YYYY-MM-DD 给出日期，例如 \"{field}\": \"2024-11-22\"。",
                           en: "{field} is missing; give the day as YYYY-MM-DD, e.g. \"{field}\": \"2024-11-22\"")
        case .notWholeNumber:
            CatalogueEntry(zh: "{field}：{value} 不是整数；请写成例如 120。", en: "{field}: {value} is not a whole number; write e.g. 120")
        case .badEvent:
            CatalogueEntry(zh: "event “{value}”不是事件编号；请用 GET /api/v1/enterprises/{code} 显示的 # 编号。",
                           en: "event '{value}' is not an event number; give the # shown by GET /api/v1/enterprises/{code}")
        case .placedOutside:
            CatalogueEntry(zh: "{code} {name} 将登记在{place}，不在账号“{account}”的管辖地区{region}内；请联系管辖该地区的科技局。",
                           en: "{code} {name} would be placed in {place}, outside {region}, the region of account "
                               + "'{account}'; ask a bureau whose region includes it")
        case .onFileOutside:
            CatalogueEntry(zh: "{code} 已登记在{place}，不在账号“{account}”的管辖地区{region}内；请联系管辖该地区的科技局。",
                           en: "{code} is on file in {place}, outside {region}, the region of account '{account}'; ask a "
                               + "bureau whose region includes it")
        case .badListCategory:
            CatalogueEntry(zh: "category “{value}”不是 {tier} 名单的类别；请用以下之一：{values}。",
                           en: "category '{value}' is not a {tier} list category; use one of {values}")
        case .badGround:
            CatalogueEntry(zh: "ground “{value}”不是取消资格原因；请用以下之一：{values}。",
                           en: "ground '{value}' is not a ground; use one of {values}")
        case .badWriteTier: CatalogueEntry(zh: "tier “{value}”不在可选值中：{values}。", en: "tier '{value}' is not one of {values}")
        case .missingYear:
            CatalogueEntry(zh: "缺少字段 year；请给出{whose}年度，例如 \"year\": 2024。",
                           en: "year is missing; give {whose} year, e.g. \"year\": 2024")
        case .implausibleYear:
            CatalogueEntry(zh: "year {year} 不是合理的年度；请给出{whose}年度，例如 2024。",
                           en: "year {year} is not a plausible year; give {whose} year, e.g. 2024")
        case .listYear: CatalogueEntry(zh: "名单的", en: "the list's")
        case .fiscalYear: CatalogueEntry(zh: "财务", en: "the fiscal")
        case .badUnit:
            CatalogueEntry(zh: "unit “{value}”不是金额单位；请用 wan（万元，与名单一致）或 yuan（元）。",
                           en: "unit '{value}' is not a unit; use wan (万元, as on rosters) or yuan")
        case .badScore:
            CatalogueEntry(zh: "{field} “{value}”不是分数；请写最多两位小数的数字，例如 70.5。",
                           en: "{field} '{value}' is not a score; write a number with at most two decimals, e.g. 70.5")
        case .badRole:
            CatalogueEntry(zh: "role “{value}”不是角色；请用 viewer（查看）、editor（查看并录入）或 admin（另可管理账号）。",
                           en: "role '{value}' is not a role; use viewer (reads), editor (also records) or admin (also "
                               + "manages accounts)")
        case .missingPassword:
            CatalogueEntry(zh: "缺少 password；请给出新账号的初始密码（至少 {length} 个字符）。",
                           en: "password is missing; give the new account's first password (at least {length} characters)")
        case .badPassword: CatalogueEntry(zh: "password：{reason}", en: "password: {reason}")
        case .cannotDisableSelf:
            CatalogueEntry(zh: "管理员“{admin}”不能停用自己的账号；请由{region}或上级的其他管理员操作。",
                           en: "admin '{admin}' cannot disable its own account; ask another admin of {region} or above")
        case .badToken:
            CatalogueEntry(zh: "token “{value}”不是令牌编号；可用 GET /api/v1/accounts/{account}/tokens 列出。",
                           en: "token '{value}' is not a token number; list them with GET /api/v1/accounts/{account}/tokens")
        case .noAccount:
            CatalogueEntry(zh: "没有名为“{account}”的账号；可用 GET /api/v1/accounts 列出。",
                           en: "no account named '{account}'; list them with GET /api/v1/accounts")
        case .nameTaken:
            CatalogueEntry(zh: "已有名为“{account}”的账号；请换一个名称。", en: "an account named '{account}' already exists; choose another name")
        case .badUsername: CatalogueEntry(zh: "username：{reason}", en: "username: {reason}")
        case .noToken:
            CatalogueEntry(zh: "账号“{account}”没有编号为 {id} 的令牌；可用 GET /api/v1/accounts/{account}/tokens 列出。",
                           en: "account '{account}' has no token {id}; list them with GET /api/v1/accounts/{account}/tokens")
        case .passwordTooShort:
            CatalogueEntry(zh: "密码太短：请至少用 {length} 个字符。", en: "the password is too short: use at least {length} characters")
        case .passwordTooLong:
            CatalogueEntry(zh: "密码太长：系统只使用前 72 个字节；请最多用 72 个字节（24 个汉字）。",
                           en: "the password is too long: bcrypt uses only the first 72 bytes; use at most 72 (24 Chinese "
                               + "characters)")
        }
    }
}
