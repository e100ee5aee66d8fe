/// `ladder find`: the title, column headings, how a firm matched, the notes under the list and
/// the refusals of a text too short to look up.
public enum FindText: String, CatalogueArea {
    case title, columnName, columnFormerNames, columnPlace, columnPosition, columnMatch
    case matchCode, matchName, matchFormerName, matchNameContains, matchFormerNameContains
    case noneInRegion, noneMatches, didYouMean, nearestName, or
    case moreOutside, truncated, bestOne, bestSome, foundSome, note
    case refusalEmpty, refusalSingle, timing

    public static let area = "find"

    public var entry: CatalogueEntry {
        switch self {
        case .title: CatalogueEntry(zh: "与“{query}”相符的企业{region}", en: "Firms matching '{query}'{region}")
        case .columnName: CatalogueEntry(zh: "企业名称", en: "name")
        case .columnFormerNames: CatalogueEntry(zh: "曾用名", en: "former names")
        case .columnPlace: CatalogueEntry(zh: "所在地", en: "place")
        case .columnPosition: CatalogueEntry(zh: "梯次位置", en: "position")
        case .columnMatch: CatalogueEntry(zh: "匹配方式", en: "match")
        case .matchCode: CatalogueEntry(zh: "信用代码", en: "code")
        case .matchName: CatalogueEntry(zh: "名称", en: "name")
        case .matchFormerName: CatalogueEntry(zh: "曾用名", en: "former-name")
        case .matchNameContains: CatalogueEntry(zh: "名称包含", en: "name-contains")
        case .matchFormerNameContains: CatalogueEntry(zh: "曾用名包含", en: "former-name-contains")
        case .noneInRegion:
            CatalogueEntry(zh: "{region}没有与“{query}”相符的企业；{region}以外有 {count} 家",
                           en: "no firm in {region} matches '{query}'; {count} firms outside {region} do",
                           enOne: "no firm in {region} matches '{query}'; {count} firm outside {region} does")
        case .noneMatches: CatalogueEntry(zh: "没有统一社会信用代码或名称与“{query}”相符的企业{region}{near}",
                                          en: "no firm's code or name{region} matches '{query}'{near}")
        case .didYouMean: CatalogueEntry(zh: "；是否要找 {names}？", en: "; did you mean {names}?")
        case .nearestName: CatalogueEntry(zh: "{name}（{code}）", en: "{name} ({code})")
        case .or: CatalogueEntry(zh: "或", en: " or ")
        case .moreOutside: CatalogueEntry(zh: "；{region}以外另有 {count} 家，未列出", en: "; {count} more outside {region}, not listed")
        case .truncated:
            CatalogueEntry(zh: "名称包含“{query}”的超过 {limit} 家；以下是先找到的 {limit} 家中最相符的 {shown} 家{region}；请多写几个字以缩小范围{others}",
                           en: "more than {limit} names contain '{query}'; these are the best {shown}{region} of the first {limit} found; give more of the name to narrow it{others}")
        case .bestOne: CatalogueEntry(zh: "找到 {firms}{region}；列出最相符的 1 家（用 --limit {total} 可列出全部）{others}",
                                      en: "{firms} found{region}; the best is shown (give --limit {total} to see all){others}")
        case .bestSome: CatalogueEntry(zh: "找到 {firms}{region}；列出最相符的 {shown} 家（用 --limit {total} 可列出全部）{others}",
                                       en: "{firms} found{region}; the best {shown} are shown (give --limit {total} to see all){others}")
        case .foundSome: CatalogueEntry(zh: "找到 {firms}{region}{others}", en: "{firms} found{region}{others}")
        case .note: CatalogueEntry(zh: "注：{note}", en: "note: {note}")
        case .refusalEmpty:
            CatalogueEntry(zh: "没有要查找的内容；请给出统一社会信用代码、企业名称，或名称中的两个以上字",
                           en: "nothing to look for; give a credit code, a name, or two or more characters of a name")
        case .refusalSingle:
            CatalogueEntry(zh: "“{text}”只有一个字，包含它的名称太多；请给出名称中的两个以上字，或统一社会信用代码",
                           en: "'{text}' is a single character, which too many names contain; give two or more characters of the name, or the credit code")
        case .timing: CatalogueEntry(zh: "查找用时 {ms} 毫秒", en: "find took {ms} ms")
        }
    }
}
