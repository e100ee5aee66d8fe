/// What is wrong in a policy file, inside the frame of `RequestErrorText.policy…` (which names
/// the JSON path): what was expected, what was found, and why a value was refused, in the
/// reader's language. JSON keys and values a clerk writes are quoted as written.
public enum PolicyErrorText: String, CatalogueArea {
    // What a place expects (`{path}: expected …, found …`).
    case expectObject, expectArray, expectBool, expectString, expectWholeNumber, expectPercent, expectScore
    // What was found there.
    case foundNull, foundBool, foundNumber, foundString, foundArray, foundObject
    // What an unknown key was taken for.
    case kindKey, kindTier, kindGrowthCategory, kindDirectRoute
    // The text is not JSON.
    case syntaxTrailing, syntaxEnds, expectedValue, expectedKey, expectedColon, expectedCommaOrBrace, expectedCommaOrBracket
    case syntaxDuplicateKey, syntaxUnclosedString, syntaxControl, unknownEscape, unpairedSurrogate, expectedHex
    case expectedDigits, leadingZero, expectedFraction, expectedExponent
    // A value of the right type that is refused.
    case notPercent, notScore, tooLarge, notWhole, negative, atLeast, listEmpty, notOneOf, listedTwice, fieldListedTwice
    case nameEmpty, badID
    case mustDecrease, lowerBandScoresMore, mustRise, lastBandUnlimited, aboveHundredPercent, aboveFullScore
    case unreachable, partsTotal, growthPartExceeded, scoreBothKeys, routeEmpty, noAgeRange, noValuationRange, lookBackTooFar
    case prerequisiteNotLower, percentBothKeys, scoreUnpassable

    public static let area = "policyError"

    public var entry: CatalogueEntry {
        switch self {
        case .expectObject: CatalogueEntry(zh: "对象", en: "an object")
        case .expectArray: CatalogueEntry(zh: "数组", en: "an array")
        case .expectBool: CatalogueEntry(zh: "true 或 false", en: "true or false")
        case .expectString: CatalogueEntry(zh: "加双引号的文字", en: "a string")
        case .expectWholeNumber: CatalogueEntry(zh: "整数", en: "a whole number")
        case .expectPercent: CatalogueEntry(zh: "以数字表示的百分比（如 60 或 2.5）", en: "a percentage as a number (e.g. 60 or 2.5)")
        case .expectScore: CatalogueEntry(zh: "以数字表示的分数（如 70 或 70.5）", en: "a score as a number (e.g. 70 or 70.5)")
        case .foundNull: CatalogueEntry(zh: "null", en: "null")
        case .foundBool: CatalogueEntry(zh: "真假值（{value}）", en: "a boolean ({value})")
        case .foundNumber: CatalogueEntry(zh: "数字（{value}）", en: "a number ({value})")
        case .foundString: CatalogueEntry(zh: "文字（“{value}”）", en: "a string (\"{value}\")")
        case .foundArray: CatalogueEntry(zh: "数组", en: "an array")
        case .foundObject: CatalogueEntry(zh: "对象", en: "an object")
        case .kindKey: CatalogueEntry(zh: "键", en: "key")
        case .kindTier: CatalogueEntry(zh: "层级", en: "tier")
        case .kindGrowthCategory: CatalogueEntry(zh: "高成长性企业类别", en: "growth category")
        case .kindDirectRoute: CatalogueEntry(zh: "直接认定条件", en: "direct route")
        case .syntaxTrailing: CatalogueEntry(zh: "文档结束后还有多余内容", en: "unexpected text after the document")
        case .syntaxEnds: CatalogueEntry(zh: "文档在应有值的位置结束", en: "the document ends where a value was expected")
        case .expectedValue: CatalogueEntry(zh: "此处应有一个值", en: "expected a value")
        case .expectedKey: CatalogueEntry(zh: "此处应有加双引号的键", en: "expected a key in double quotes")
        case .expectedColon: CatalogueEntry(zh: "键的后面应有“:”", en: "expected ':' after the key")
        case .expectedCommaOrBrace: CatalogueEntry(zh: "此处应有“,”或“}”", en: "expected ',' or '}'")
        case .expectedCommaOrBracket: CatalogueEntry(zh: "此处应有“,”或“]”", en: "expected ',' or ']'")
        case .syntaxDuplicateKey: CatalogueEntry(zh: "键 \"{key}\" 重复", en: "duplicate key \"{key}\"")
        case .syntaxUnclosedString: CatalogueEntry(zh: "字符串没有结束的双引号", en: "the string is not closed")
        case .syntaxControl:
            CatalogueEntry(zh: "字符串中有控制字符；请写成转义形式", en: "control character in a string; write it as an escape")
        case .unknownEscape: CatalogueEntry(zh: "未知的转义 '{escape}'", en: "unknown escape '{escape}'")
        case .unpairedSurrogate: CatalogueEntry(zh: "代理对转义不成对", en: "an unpaired surrogate escape")
        case .expectedHex: CatalogueEntry(zh: "\\u 之后应有四位十六进制数字", en: "expected four hexadecimal digits after \\u")
        case .expectedDigits: CatalogueEntry(zh: "此处应有数字", en: "expected digits")
        case .leadingZero: CatalogueEntry(zh: "数字不能以 0 开头", en: "a number cannot start with 0")
        case .expectedFraction: CatalogueEntry(zh: "小数点之后应有数字", en: "expected digits after the decimal point")
        case .expectedExponent: CatalogueEntry(zh: "指数部分应有数字", en: "expected digits in the exponent")
        case .notPercent:
            CatalogueEntry(zh: "{value} 不是最多两位小数的百分比（如 60 或 2.5）",
                           en: "{value} is not a percentage with at most two decimals (e.g. 60 or 2.5)")
        case .notScore:
            CatalogueEntry(zh: "{value} 不是最多两位小数的分数（如 70 或 70.5）",
                           en: "{value} is not a score with at most two decimals (e.g. 70 or 70.5)")
        case .tooLarge: CatalogueEntry(zh: "{value} 过大", en: "{value} is too large")
        case .notWhole: CatalogueEntry(zh: "{value} 不是整数", en: "{value} is not a whole number")
        case .negative: CatalogueEntry(zh: "不能为负数（现为 {value}）", en: "must not be negative (found {value})")
        case .atLeast: CatalogueEntry(zh: "至少应为 {minimum}（现为 {value}）", en: "must be at least {minimum} (found {value})")
        case .listEmpty: CatalogueEntry(zh: "至少要列出一项", en: "must list at least one entry")
        case .notOneOf: CatalogueEntry(zh: "“{value}”不是以下之一：{allowed}", en: "'{value}' is not one of {allowed}")
        case .listedTwice: CatalogueEntry(zh: "{value} 列出了两次", en: "{value} is listed twice")
        case .fieldListedTwice: CatalogueEntry(zh: "“{value}”列出了两次", en: "'{value}' is listed twice")
        case .nameEmpty: CatalogueEntry(zh: "领域名称不能为空", en: "a field name cannot be empty")
        case .badID:
            CatalogueEntry(zh: "“{id}”只能由小写字母、数字和 - 组成（如 jiangxi-2023）",
                           en: "'{id}' must be lower-case letters, digits and '-' (e.g. jiangxi-2023)")
        case .mustDecrease: CatalogueEntry(zh: "各档须从高到低排列；{value} 排在 {previous} 之后", en: "bands must decrease; {value} comes after {previous}")
        case .lowerBandScoresMore:
            CatalogueEntry(zh: "较低的档不能得分更高；{value} 排在 {previous} 之后", en: "a lower band cannot score more; {value} comes after {previous}")
        case .mustRise: CatalogueEntry(zh: "收入上限须逐档升高；{value} 排在 {previous} 之后", en: "revenue limits must rise; {value} comes after {previous}")
        case .lastBandUnlimited:
            CatalogueEntry(zh: "最后一档不能设收入上限，收入超过 {limit} 元的企业才有适用的档",
                           en: "the last band must have no revenue limit so that firms above {limit} 元 have one")
        case .aboveHundredPercent: CatalogueEntry(zh: "{value} 超过 100%，这一比例无法达到", en: "{value} is above 100%, a share cannot be met")
        case .aboveFullScore: CatalogueEntry(zh: "{value} 超过满分 100", en: "{value} is above 100, the full score")
        case .unreachable:
            CatalogueEntry(zh: "{value} 分无法达到；各评分表合计最多 {maximum} 分",
                           en: "{value} cannot be reached; the score tables add up to at most {maximum}")
        case .partsTotal:
            CatalogueEntry(zh: "各部分合计 {total} 分；创新能力评价满分为 100 分",
                           en: "the parts add up to {total}; the innovation score is out of 100")
        case .growthPartExceeded:
            CatalogueEntry(zh: "两项增长率各得 {points} 分，超过成长性部分的满分 {maximum} 分",
                           en: "two rates at {points} points exceed the growth part's maximum {maximum}")
        case .scoreBothKeys:
            CatalogueEntry(zh: "只写 innovation_score_above 即可；innovation_score_min 是它的旧写法（innovation_score_min 71 相当于 innovation_score_above 70）",
                           en: "give innovation_score_above alone; innovation_score_min is its older form (min 71 = above 70)")
        case .routeEmpty: CatalogueEntry(zh: "每条认定路径至少要有一个条件", en: "a route needs at least one condition")
        case .noAgeRange:
            CatalogueEntry(zh: "{low} 使 founded_within_years {high} 以下没有可取的年限",
                           en: "{low} leaves no age range below founded_within_years {high}")
        case .noValuationRange:
            CatalogueEntry(zh: "{low} 使 valuation_usd_below {high} 以下没有可取的估值",
                           en: "{low} leaves no range below valuation_usd_below {high}")
        case .lookBackTooFar:
            CatalogueEntry(zh: "{years} 年超过了高成长性企业名单最多可回溯的 10 年",
                           en: "{years} years is more than the 10 a growth list can look back")
        case .percentBothKeys: CatalogueEntry(zh: "min_percent 和 above_percent 只能写一个", en: "give min_percent or above_percent, not both")
        case .scoreUnpassable:
            CatalogueEntry(zh: "{value} 分无法超过；分数须高于它，而满分为 100 分",
                           en: "{value} cannot be passed; a score must be above it and the full score is 100")
        case .prerequisiteNotLower:
            CatalogueEntry(zh: "{tier} 不能以 {prerequisite} 为前提；前提必须是更低的层级",
                           en: "{tier} cannot require {prerequisite}; a prerequisite must be a lower tier")
        }
    }
}
