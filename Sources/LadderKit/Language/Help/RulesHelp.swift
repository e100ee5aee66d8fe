/// The help of the commands that apply the official rules: check, candidates and policy.
public enum RulesHelp: String, CatalogueArea {
    case checkAbstract, checkDiscussion, checkWide
    case candidatesAbstract, candidatesDiscussion, candidatesBy
    case policyAbstract, policyShowAbstract, policyShowKnownAt, policyShowFormat, policyExportAbstract, policyExportFile
    case policyImportAbstract, policyImportFile, policyHistoryAbstract

    public static let area = "help.rules"

    public var entry: CatalogueEntry {
        switch self {
        case .checkAbstract:
            CatalogueEntry(zh: "按某层级的认定条件逐项核对一家企业。", en: "Check a firm against a tier's official rules, criterion by criterion.")
        case .checkDiscussion:
            CatalogueEntry(zh: "每项条件的结果为符合、不符合或无法判断（缺少数据）；比例按精确值比较。",
                           en: "Each criterion passes, fails, or is unknown (a fact is missing); ratios are compared exactly.")
        case .checkWide:
            CatalogueEntry(zh: "每项条件一行宽表（超过 100 列）。", en: "One wide table row per criterion (wider than 100 columns).")
        case .candidatesAbstract:
            CatalogueEntry(zh: "符合某层级条件但尚未取得该资格的企业，以及资格在本年度期满的企业。",
                           en: "Firms that meet a tier's rules but do not hold it, and holders whose term ends this year.")
        case .candidatesDiscussion:
            CatalogueEntry(zh: "只考虑已录入年度数据的企业；年度数据用 `ladder facts set` 或导入录入。",
                           en: "Only firms with facts on file are considered; enter facts with `ladder facts set` or an import.")
        case .candidatesBy: CatalogueEntry(zh: "按设区市分组计数。", en: "Group by city and count.")
        case .policyAbstract:
            CatalogueEntry(zh: "查看、导出和导入分版本的认定政策（门槛、分档、有效期参数）。",
                           en: "Show, export and import the versioned policy (thresholds, bands, validity knobs).")
        case .policyShowAbstract:
            CatalogueEntry(zh: "查看现行认定政策（加 --format json 输出 JSON）。", en: "Show the policy in force (JSON with --format json).")
        case .policyShowKnownAt: CatalogueEntry(zh: "查看该时刻施行的认定政策。", en: "The policy in force then.")
        case .policyShowFormat: CatalogueEntry(zh: "输出格式：table 表格或 json。", en: "Output format (table or json).")
        case .policyExportAbstract:
            CatalogueEntry(zh: "将现行认定政策写到一个 JSON 文件，以便修改。", en: "Write the policy in force to a JSON file to edit.")
        case .policyExportFile: CatalogueEntry(zh: "要写的文件。", en: "The file to write.")
        case .policyImportAbstract:
            CatalogueEntry(zh: "校验认定政策 JSON 文件，并自即日起施行（此前的结果不变）。",
                           en: "Validate a policy JSON file and put it in force from now on (earlier answers keep theirs).")
        case .policyImportFile:
            CatalogueEntry(zh: "认定政策 JSON 文件；写 - 则从标准输入读取。", en: "The policy JSON file, or - for standard input.")
        case .policyHistoryAbstract: CatalogueEntry(zh: "列出已记录的认定政策，按时间先后。", en: "List the policies recorded, oldest first.")
        }
    }
}
