/// What is wrong with a value a clerk typed or a roster held: a credit code, a day, a region, a
/// qualification number, an amount of money. Each says the value, what was expected, what to do.
public enum InputErrorText: String, CatalogueArea {
    // 统一社会信用代码 (GB 32100-2015).
    case codeEmpty, codeScientific, codeTruncated, codeLength, codeCharacter, codeAuthority, codeCategory
    case codeDivision, codeOrganisationCheck, codeCheck, excelFix
    // Regions.
    case unknownRegion, notADivisionCode
    // Qualification numbers.
    case notACertificate, notATsmeNumber, issueDayMismatch
    // Money.
    case moneyEmpty, moneyApproximate, moneyRange, moneyNegative, moneyNotANumber, moneyScientific, moneyGrouping
    case moneyFraction, moneyOverflow

    public static let area = "input"

    public var entry: CatalogueEntry {
        switch self {
        case .codeEmpty:
            CatalogueEntry(zh: "统一社会信用代码为空；请填写18位代码", en: "统一社会信用代码 is empty; enter the 18-character code")
        case .codeScientific:
            CatalogueEntry(zh: "“{value}”是科学计数法表示的数字，不是统一社会信用代码：{fix}",
                           en: "'{value}' is a number in scientific notation, not a credit code: {fix}")
        case .codeTruncated:
            CatalogueEntry(zh: "“{value}”以000结尾且校验不通过：Excel 丢失了最后几位（{fix}）",
                           en: "'{value}' ends in 000 and fails the check: Excel dropped its last digits ({fix})")
        case .codeLength:
            CatalogueEntry(zh: "“{value}”有 {length} 位；统一社会信用代码应为18位", en: "'{value}' has {length} characters; a 统一社会信用代码 has 18")
        case .codeCharacter:
            CatalogueEntry(zh: "“{value}”第 {position} 位是“{character}”；只能使用数字和除 I、O、S、V、Z 以外的大写字母",
                           en: "'{value}' has '{character}' at position {position}; allowed are 0-9 and "
                               + "ABCDEFGHJKLMNPQRTUWXY (no I, O, S, V, Z)")
        case .codeAuthority:
            CatalogueEntry(zh: "“{value}”以“{authority}”开头，不是国家标准 GB32100-2015 规定的登记管理部门代码（1-9、A、N 或 Y；企业以9开头）",
                           en: "'{value}' starts with '{authority}', which is no registration authority of GB 32100 "
                               + "(1-9, A, N or Y; enterprises start with 9)")
        case .codeCategory:
            CatalogueEntry(zh: "“{value}”的登记管理部门“{authority}”下没有机构类别“{category}”；可用的是 {allowed}",
                           en: "'{value}' has category '{category}' under authority '{authority}'; allowed are {allowed}")
        case .codeDivision:
            CatalogueEntry(zh: "“{value}”第3-8位的行政区划码“{division}”应为6位数字",
                           en: "'{value}' has division code '{division}' at positions 3-8; it must be six digits")
        case .codeOrganisationCheck:
            CatalogueEntry(zh: "“{value}”第17位的组织机构代码校验码是“{found}”，应为“{expected}”",
                           en: "'{value}' has organisation-code check character '{found}' at position 17, expected '{expected}'")
        case .codeCheck:
            CatalogueEntry(zh: "“{value}”的校验码是“{found}”，应为“{expected}”；请核对代码", en: "'{value}' has check character '{found}', expected '{expected}'")
        case .excelFix:
            CatalogueEntry(zh: "该列被存成了数字；请将该列设为文本后重新导出", en: "the column was stored as a number; re-export it as text")
        case .unknownRegion:
            CatalogueEntry(zh: "“{value}”不是本工具所知的江西地区；请给出设区市（3607、360700、赣州或赣州市）、"
                               + "县区（360702、章贡区或章贡）、ganjiang（赣江新区）或全省（360000、江西省）",
                           en: "'{value}' is not a Jiangxi region this tool knows; give a 设区市 (3607, 360700, 赣州 or 赣州市), "
                               + "a 县区 (360702, 章贡区 or 章贡), ganjiang (赣江新区), or the province (360000, 江西省)")
        case .notADivisionCode:
            CatalogueEntry(zh: "“{value}”不是行政区划代码：请使用 GB/T 2260 的6位代码，例如青山湖区为 360111",
                           en: "'{value}' is not a division code: use the six-digit GB/T 2260 code, e.g. 360111 for 青山湖区")
        case .notACertificate:
            CatalogueEntry(zh: "“{value}”不是高新技术企业证书编号：应为14位：字母 G、R 加年份、省份代码和序号，例如 GR202336000123",
                           en: "'{value}' is not a 高新技术企业 certificate number: expected GR + year + province + serial, "
                               + "14 characters, e.g. GR202336000123")
        case .notATsmeNumber:
            CatalogueEntry(zh: "“{value}”不是科技型中小企业入库登记编号：应为18位，年份 + 行政区划码 + 字母 + 7位数字，例如 2024360111A0000001",
                           en: "'{value}' is not a 科技型中小企业 入库登记编号: expected 18 characters, year + division code + "
                               + "letter + 7 digits, e.g. 2024360111A0000001")
        case .issueDayMismatch:
            CatalogueEntry(zh: "{number} 是{year}年的证书编号，但填写的发证日期是 {issued}；{year}年的证书在{year}年或{next}年发放：请核对编号或日期",
                           en: "{number} is a {year} certificate number, but the issue day given is {issued}; a {year} "
                               + "certificate is issued in {year} or {next}: check the number or the day")
        case .moneyEmpty:
            CatalogueEntry(zh: "金额为空；请填写数字，例如 1234.56 或 123.45万元", en: "the amount is empty; enter a number such as 1234.56 or 123.45万元")
        case .moneyApproximate:
            CatalogueEntry(zh: "“{text}”是约数；请填写财务报表中的准确金额", en: "'{text}' is approximate; enter the exact amount from the financial statement")
        case .moneyRange: CatalogueEntry(zh: "“{text}”是一个范围；请填写一个准确金额", en: "'{text}' is a range; enter one exact amount")
        case .moneyNegative: CatalogueEntry(zh: "“{text}”是负数；该金额不能小于零", en: "'{text}' is negative; this amount cannot be below zero")
        case .moneyNotANumber:
            CatalogueEntry(zh: "“{text}”不是金额；请填写数字，可带单位元、万元或亿元", en: "'{text}' is not an amount; enter digits with an optional unit 元, 万元 or 亿元")
        case .moneyScientific:
            CatalogueEntry(zh: "“{text}”是科学计数法；请将该列设为显示全部位数的数字后重新导出",
                           en: "'{text}' is in scientific notation; format the column as a number with all digits and re-export")
        case .moneyGrouping:
            CatalogueEntry(zh: "“{text}”的千位分隔符位置不对；逗号应每三位一组（1,234,567.89）",
                           en: "'{text}' has misplaced thousands separators; commas must group three digits (1,234,567.89)")
        case .moneyFraction:
            CatalogueEntry(zh: "“{text}”是 {yuan} 元，含不足一元的零头；金额按整元存储，请先取整",
                           en: "'{text}' is {yuan} 元, a fraction of a yuan; amounts are stored in whole yuan, round it first")
        case .moneyOverflow: CatalogueEntry(zh: "“{text}”太大，不是有效金额", en: "'{text}' is too large to be an amount of money")
        }
    }
}
