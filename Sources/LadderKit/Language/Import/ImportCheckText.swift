/// The problems an import finds when it compares a row with the registry (`ImportSession`): a
/// number held by another firm, a firm it cannot find, a row repeated with other values.
public enum ImportCheckText: String, CatalogueArea {
    case newFirmNeedsName, admittedBeforeYear, admittedAfterEnd, aboveMaximum, heldByOther, anotherFirm
    case recordedFromOtherDay, alreadyListed, sameFirmOtherValues, sameFirmOtherColumns, sameFirmYear
    case notInRegistry, numberOtherName, namesNoFirm, noFirmNamed, nameMatchesMany
    case outsideRegion, listPlacesElsewhere, factsFail, formerName, earlierPlace

    public static let area = "import.check"

    public var entry: CatalogueEntry {
        switch self {
        case .newFirmNeedsName:
            CatalogueEntry(zh: "登记库中尚无该企业，新登记的企业须填写企业名称。", en: "a firm new to the registry needs its 企业名称")
        case .admittedBeforeYear:
            CatalogueEntry(zh: "入库日期 {day} 早于 {number} 的年份（{year}年）；请核对日期和编号。",
                           en: "admitted {day}, before the year of {number} ({year}); check the day and the number")
        case .admittedAfterEnd:
            CatalogueEntry(zh: "入库日期 {day} 晚于 {number} 的有效期截止日（{end}）；请核对日期和编号的年份。",
                           en: "admitted {day}, after {number} ends ({end}); check the day and the number's year")
        case .aboveMaximum:
            CatalogueEntry(zh: "“{value}”超过{column}的最高分 {max}（认定政策 {policy}）；请核对该数字。",
                           en: "'{value}' is above {max}, the most {column} can score (policy {policy}); check the figure")
        case .heldByOther:
            CatalogueEntry(zh: "{number} 已由 {holder} 持有（事件 #{event}）；请核对编号，如该事件有误请先作废。",
                           en: "{number} is already held by {holder} (event #{event}); check the number, or void that event if it was wrong")
        case .anotherFirm: CatalogueEntry(zh: "另一家企业", en: "another firm")
        case .recordedFromOtherDay:
            CatalogueEntry(zh: "{number} 已记录自 {recorded} 起生效（事件 #{event}），而不是 {day}；如日期有误，请先作废该事件。",
                           en: "{number} is recorded from {recorded} (event #{event}), not {day}; void that event first if the day was wrong")
        case .alreadyListed:
            CatalogueEntry(zh: "已列入 {year} 年 {tier} 名单，类别 {category}，自 {start} 起（事件 #{event}）；如需更正，请先作废该事件。",
                           en: "already on the {year} {tier} list as {category} from {start} (event #{event}); void that event first to correct it")
        case .sameFirmOtherValues:
            CatalogueEntry(zh: "同一企业已在第 {row} 行出现，但各值不同；每家企业只保留一行（本行未记录）。",
                           en: "the same firm is on row {row} with different values; keep one row per firm (this row was not recorded)")
        case .sameFirmOtherColumns:
            CatalogueEntry(zh: "同一企业已在第 {row} 行出现，但名称、地区或其他企业信息不同；其他年度的行须与该行完全一致（本行未记录）。",
                           en: "the same firm is on row {row} with a different name, place or other firm column; its rows for other years must repeat them as they are there (this row was not recorded)")
        case .sameFirmYear:
            CatalogueEntry(zh: "同一企业同一年度（{year}）已在第 {row} 行出现，但数据不同；每家企业每个年度只保留一行（本行未记录）。",
                           en: "the same firm and year ({year}) is on row {row} with different figures; keep one row per firm and year (this row was not recorded)")
        case .notInRegistry:
            CatalogueEntry(zh: "{code} 不在登记库中；请先导入登记该企业的名册。", en: "{code} is not in the registry; import a roster that registers it first")
        case .numberOtherName:
            CatalogueEntry(zh: "{number} 属于 {code}“{name}”，其名称中没有“{value}”；请核对编号和名称。",
                           en: "{number} belongs to {code} '{name}', whose names do not include '{value}'; check the number and the name")
        case .namesNoFirm:
            CatalogueEntry(zh: "该行所指企业不在登记库中；请填写其统一社会信用代码。", en: "the row names no firm the registry knows; give its 统一社会信用代码")
        case .noFirmNamed:
            CatalogueEntry(zh: "登记库中没有名为“{value}”的企业（现用名或曾用名）；请在该行填写其统一社会信用代码。",
                           en: "no firm named '{value}' (current or former name) is in the registry; add its 统一社会信用代码 to the row")
        case .nameMatchesMany:
            CatalogueEntry(zh: "名称“{value}”对应 {count} 家企业（{firms}）；请填写统一社会信用代码。",
                           en: "the name '{value}' matches {count} firms ({firms}); give the 统一社会信用代码")
        case .outsideRegion:
            CatalogueEntry(zh: "“{firm}”位于“{location}”，不在 {region}（{code}）范围内，本次导入无权修改；请交由辖区包含该企业的部门（或省级）处理该行。",
                           en: "'{firm}' is in '{location}', outside {region} ({code}), the region this import may change; leave the row to a bureau whose region includes it (or the province)")
        case .listPlacesElsewhere:
            CatalogueEntry(zh: "名单所列企业位于 {listed}，登记库记为 {registry}；名单不会迁移企业：如企业确已迁移，请导入名册或使用 `ladder relocate`。",
                           en: "the list places the firm in {listed}, the registry in {registry}; lists do not move firms: import a roster or use `ladder relocate` if it moved")
        case .factsFail:
            CatalogueEntry(zh: "已按名单记录，但库中数据不符合 {tier} 的条件：{failed}", en: "recorded as listed, but the facts on file fail the {tier} rules: {failed}")
        case .formerName:
            CatalogueEntry(zh: "“{value}”是曾用名；该企业此后已更名为“{current}”，故未记录更名（如企业改回旧名，请使用 `ladder rename`）。",
                           en: "'{value}' is a former name; the firm has been '{current}' since a later rename, so no rename was recorded (use `ladder rename` if it took the old name back)")
        case .earlierPlace:
            CatalogueEntry(zh: "{value} 是企业在其后迁移或更正到 {current} 之前的所在地；未记录迁移（如企业迁回，请使用 `ladder relocate`）。",
                           en: "{value} is where the firm was before a later relocation or correction to {current}; no relocation was recorded (use `ladder relocate` if it moved back)")
        }
    }
}
