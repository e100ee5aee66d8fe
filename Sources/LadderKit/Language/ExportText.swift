/// The words of `ladder export`'s workbook (sheet name and column headings) and of its note.
/// The Chinese headings are those of the lists and the English ones spellings the import also
/// reads, so the workbook imports back as a list in either language.
public enum ExportText: String, CatalogueArea {
    case sheetAllTiers, creditCode, name, region, county
    case certificateNumber, registrationNumber, listNumber, issued, admitted, start, end
    case wrote

    public static let area = "export"

    public var entry: CatalogueEntry {
        switch self {
        case .sheetAllTiers: CatalogueEntry(zh: "名单", en: "list")
        case .creditCode: CatalogueEntry(zh: "统一社会信用代码", en: "credit code")
        case .name: CatalogueEntry(zh: "企业名称", en: "name")
        case .region: CatalogueEntry(zh: "设区市", en: "region")
        case .county: CatalogueEntry(zh: "县(市、区)", en: "county")
        case .certificateNumber: CatalogueEntry(zh: "证书编号", en: "certificate number")
        case .registrationNumber: CatalogueEntry(zh: "入库登记编号", en: "registration number")
        case .listNumber: CatalogueEntry(zh: "编号或名单", en: "number or list")
        case .issued: CatalogueEntry(zh: "发证日期", en: "issued")
        case .admitted: CatalogueEntry(zh: "入库日期", en: "admitted")
        case .start: CatalogueEntry(zh: "起始日期", en: "start")
        case .end: CatalogueEntry(zh: "有效期至", en: "valid until")
        case .wrote: CatalogueEntry(zh: "已写入 {file}：{count} 家企业", en: "wrote {count} firms to {file}",
                                    enOne: "wrote {count} firm to {file}")
        }
    }
}
