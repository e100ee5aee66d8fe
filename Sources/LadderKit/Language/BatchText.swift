/// `ladder batches`: the list of import batches, its headings and the kinds of file.
public enum BatchText: String, CatalogueArea {
    case title, columnBatch, columnFile, columnBytes, columnKind, columnEncoding, columnOperator, columnStarted
    case columnRows, columnNewFirms, columnUpdatedFirms, columnNewEvents, columnNewFacts, columnUnchanged
    case columnRejected, columnVoided, columnTitle
    case roster, hnteList, tsmeList, selectionList, renameList, revocationList, facts

    public static let area = "batch"

    public var entry: CatalogueEntry {
        switch self {
        case .title: CatalogueEntry(zh: "导入批次", en: "import batches")
        case .columnBatch: CatalogueEntry(zh: "批次", en: "batch")
        case .columnFile: CatalogueEntry(zh: "文件", en: "file")
        case .columnBytes: CatalogueEntry(zh: "字节数", en: "bytes")
        case .columnKind: CatalogueEntry(zh: "类型", en: "kind")
        case .columnEncoding: CatalogueEntry(zh: "编码", en: "encoding")
        case .columnOperator: CatalogueEntry(zh: "操作人", en: "operator")
        case .columnStarted: CatalogueEntry(zh: "开始时间（北京时间）", en: "started (Beijing time)")
        case .columnRows: CatalogueEntry(zh: "行数", en: "rows")
        case .columnNewFirms: CatalogueEntry(zh: "新增企业", en: "new firms")
        case .columnUpdatedFirms: CatalogueEntry(zh: "更新企业", en: "updated firms")
        case .columnNewEvents: CatalogueEntry(zh: "新增事件", en: "new events")
        case .columnNewFacts: CatalogueEntry(zh: "新增年度数据", en: "new facts")
        case .columnUnchanged: CatalogueEntry(zh: "未变", en: "unchanged")
        case .columnRejected: CatalogueEntry(zh: "拒收", en: "rejected")
        case .columnVoided: CatalogueEntry(zh: "作废时间（北京时间）", en: "voided (Beijing time)")
        case .columnTitle: CatalogueEntry(zh: "标题", en: "title")
        case .roster: CatalogueEntry(zh: "企业名册", en: "roster")
        case .hnteList: CatalogueEntry(zh: "高新技术企业名单", en: "hnte-list")
        case .tsmeList: CatalogueEntry(zh: "科技型中小企业名单", en: "tsme-list")
        case .selectionList: CatalogueEntry(zh: "入选名单", en: "selection-list")
        case .renameList: CatalogueEntry(zh: "更名名单", en: "rename-list")
        case .revocationList: CatalogueEntry(zh: "取消资格名单", en: "revocation-list")
        case .facts: CatalogueEntry(zh: "年度数据", en: "facts")
        }
    }

    /// The words a table shows for each kind of import (`hnte-list` → 高新技术企业名单).
    static var kinds: [String: String] { kinds(in: .current) }

    static func kinds(in language: Language) -> [String: String] {
        let pairs: [(ImportKind, BatchText)] = [(.roster, .roster), (.hnteList, .hnteList), (.tsmeList, .tsmeList),
                                                (.selectionList, .selectionList), (.renameList, .renameList),
                                                (.revocationList, .revocationList), (.facts, .facts)]
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.0.rawValue, $0.1.text(in: language)) })
    }
}
