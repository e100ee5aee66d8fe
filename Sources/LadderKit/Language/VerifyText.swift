/// What `ladder verify` finds wrong with a registry: each kind of finding's name and message, and
/// the labels they quote, in the reader's language.
public enum VerifyText: String, CatalogueArea {
    // The kinds' names, printed before each finding.
    case kindIntegrity, kindForeignKey, kindTrigger, kindIndex, kindVoidTarget, kindRevocationTarget
    case kindSharedNumber, kindFacts, kindPolicy, kindRecordedOrder, kindSetAside
    // The findings.
    case checkFailed, damaged, triggerMissing, indexMissing, objectDiffers, foreignKey
    case voidMissing, voidOtherFirm, voidOfVoid, revocationMissing, revocationOtherFirm, revocationGrantsNothing
    case setAside, sharedCertificate, sharedRegistration, factsUnreadable, policyUnreadable, recordedOrder
    // The checks (named when one fails outright) and the kinds of record (named by recordedOrder).
    case checkIntegrity, checkSchemaObjects, checkForeignKeys, checkReferences, checkNumbers, checkFacts
    case checkPolicies, checkRecordedOrder, checkRegistrations
    case recordRegistration, recordEvent, recordFacts, recordProfile, recordCorrection, recordRegistrationChange
    // A stored value that no longer decodes.
    case decodeType, decodeMissingValue, decodeMissingKey, decodeCorrupted, typeNumber, typeText, typeOther

    public static let area = "verify"

    public var entry: CatalogueEntry {
        switch self {
        case .kindIntegrity: CatalogueEntry(zh: "文件损坏", en: "integrity")
        case .kindForeignKey: CatalogueEntry(zh: "引用缺失", en: "foreign-key")
        case .kindTrigger: CatalogueEntry(zh: "保护触发器", en: "trigger")
        case .kindIndex: CatalogueEntry(zh: "索引", en: "index")
        case .kindVoidTarget: CatalogueEntry(zh: "作废对象", en: "void-target")
        case .kindRevocationTarget: CatalogueEntry(zh: "取消资格对象", en: "revocation-target")
        case .kindSharedNumber: CatalogueEntry(zh: "编号重复", en: "shared-number")
        case .kindFacts: CatalogueEntry(zh: "年度数据", en: "facts")
        case .kindPolicy: CatalogueEntry(zh: "认定政策", en: "policy")
        case .kindRecordedOrder: CatalogueEntry(zh: "记录时间倒置", en: "recorded-order")
        case .kindSetAside: CatalogueEntry(zh: "登记已作废", en: "set-aside")
        case .checkFailed:
            CatalogueEntry(zh: "{check}检查无法读取登记库：{detail}",
                           en: "the {check} check could not read the registry: {detail}")
        case .damaged:
            CatalogueEntry(zh: "{detail}（文件已损坏；请用 `ladder restore` 恢复最近一次完好的备份）",
                           en: "{detail} (the file is damaged; restore the last good backup with `ladder restore`)")
        case .triggerMissing:
            CatalogueEntry(zh: "{name} 缺失，数据表 `{table}` 的记录可被直接修改或删除；请按 schema.sql 重建，或恢复最近一次完好的备份",
                           en: "{name} is missing, so rows of {table} can be changed or deleted in place; recreate it from "
                               + "schema.sql or restore the last good backup")
        case .indexMissing:
            CatalogueEntry(zh: "{name} 缺失，数据表 `{table}` 的查询会变慢；请按 schema.sql 重建，或恢复最近一次完好的备份",
                           en: "{name} is missing, so lookups on {table} slow down; recreate it from schema.sql or restore "
                               + "the last good backup")
        case .objectDiffers:
            CatalogueEntry(zh: "{name} 与数据库结构的定义不一致；请按 schema.sql 重建，或恢复最近一次完好的备份",
                           en: "{name} differs from the schema's definition; recreate it from schema.sql or restore the "
                               + "last good backup")
        case .foreignKey:
            CatalogueEntry(zh: "数据表 `{table}` 第 {row} 行：`{column}` 指向的 `{parent}` 记录不存在；它是在关闭外键检查后绕过 ladder 写入的",
                           en: "{table} row {row}: {column} names no {parent} row; it was written around ladder with "
                               + "foreign keys off")
        case .voidMissing:
            CatalogueEntry(zh: "作废记录 #{id} 指向的事件 #{target} 不存在；它是绕过 ladder 写入的：请用 `ladder log` 查明来源",
                           en: "void #{id} targets event #{target}, which does not exist; it was written around ladder: "
                               + "find its source with `ladder log`")
        case .voidOtherFirm:
            CatalogueEntry(zh: "作废记录 #{id} 指向的事件 #{target} 属于另一家企业；它是绕过 ladder 写入的：请用 `ladder log` 查明来源",
                           en: "void #{id} targets event #{target}, which belongs to another firm; it was written around "
                               + "ladder: find its source with `ladder log`")
        case .voidOfVoid:
            CatalogueEntry(zh: "作废记录 #{id} 指向的事件 #{target} 本身也是作废记录；它是绕过 ladder 写入的：请用 `ladder log` 查明来源",
                           en: "void #{id} targets event #{target}, which is itself a void; it was written around ladder: "
                               + "find its source with `ladder log`")
        case .revocationMissing:
            CatalogueEntry(zh: "取消资格记录 #{id} 指向的事件 #{target} 不存在；它是绕过 ladder 写入的：请用 `ladder log` 查明来源",
                           en: "revocation #{id} targets event #{target}, which does not exist; it was written around "
                               + "ladder: find its source with `ladder log`")
        case .revocationOtherFirm:
            CatalogueEntry(zh: "取消资格记录 #{id} 指向的事件 #{target} 属于另一家企业；它是绕过 ladder 写入的：请用 `ladder log` 查明来源",
                           en: "revocation #{id} targets event #{target}, which belongs to another firm; it was written "
                               + "around ladder: find its source with `ladder log`")
        case .revocationGrantsNothing:
            CatalogueEntry(zh: "取消资格记录 #{id} 指向的事件 #{target} 不授予任何资格（它是“{kind}”事件）；它是绕过 ladder 写入的：请用 `ladder log` 查明来源",
                           en: "revocation #{id} targets event #{target}, which grants no qualification (it is a {kind}); "
                               + "it was written around ladder: find its source with `ladder log`")
        case .setAside:
            CatalogueEntry(zh: "{code} 已作废登记（视为从未登记），却仍有 {count} 条事件有效（第一条为 #{first}）；它们是绕过 ladder 写入的：请用 `ladder log` 查明来源",
                           en: "{code} is set aside as never registered, yet {count} event(s) of it are in force (first "
                               + "#{first}); they were written around ladder: find their source with `ladder log`")
        case .sharedCertificate:
            CatalogueEntry(zh: "证书编号 {number} 同时属于 {count} 家企业（{codes}）；请用 `ladder void` 作废错误的事件",
                           en: "certificate {number} is held by {count} firms ({codes}); void the wrong event with `ladder void`")
        case .sharedRegistration:
            CatalogueEntry(zh: "入库登记编号 {number} 同时属于 {count} 家企业（{codes}）；请用 `ladder void` 作废错误的事件",
                           en: "入库 number {number} is held by {count} firms ({codes}); void the wrong event with `ladder void`")
        case .factsUnreadable:
            CatalogueEntry(zh: "{code} {year} 年度数据版本 #{id} 无法读取：{detail}；请用 `ladder facts set` 录入更正后的版本",
                           en: "facts version #{id} of {code} for {year} does not read: {detail}; record a corrected "
                               + "version with `ladder facts set`")
        case .policyUnreadable:
            CatalogueEntry(zh: "认定政策 {policy} 第 {version} 版（#{id}）无法读取：{detail}；请用 `ladder policy import` 导入更正后的版本",
                           en: "policy {policy} v{version} (#{id}) does not read: {detail}; import a corrected version "
                               + "with `ladder policy import`")
        case .recordedOrder:
            CatalogueEntry(zh: "{record} #{id} 的记录时间为 {at}，早于在它之前写入的{record} #{ahead}（{aheadAt}）；倒填时间的记录会改变按较早时点查询的结果：请用 `ladder log` 查明来源",
                           en: "{record} #{id} is dated {at}, before {record} #{ahead} ({aheadAt}) which was written ahead "
                               + "of it; a back-dated record changes answers known at earlier moments: find its source "
                               + "with `ladder log`")
        case .checkIntegrity: CatalogueEntry(zh: "文件完整性", en: "integrity")
        case .checkSchemaObjects: CatalogueEntry(zh: "触发器和索引", en: "schema objects")
        case .checkForeignKeys: CatalogueEntry(zh: "外键", en: "foreign keys")
        case .checkReferences: CatalogueEntry(zh: "作废和取消资格对象", en: "event references")
        case .checkNumbers: CatalogueEntry(zh: "编号", en: "numbers")
        case .checkFacts: CatalogueEntry(zh: "年度数据", en: "facts")
        case .checkPolicies: CatalogueEntry(zh: "认定政策", en: "policies")
        case .checkRecordedOrder: CatalogueEntry(zh: "记录时间顺序", en: "recorded order")
        case .checkRegistrations: CatalogueEntry(zh: "登记状态", en: "registrations")
        case .recordRegistration: CatalogueEntry(zh: "企业登记", en: "registration")
        case .recordEvent: CatalogueEntry(zh: "事件", en: "event")
        case .recordFacts: CatalogueEntry(zh: "年度数据版本", en: "facts version")
        case .recordProfile: CatalogueEntry(zh: "企业信息更正", en: "profile correction")
        case .recordCorrection: CatalogueEntry(zh: "更正", en: "correction")
        case .recordRegistrationChange: CatalogueEntry(zh: "登记变更", en: "registration change")
        case .decodeType: CatalogueEntry(zh: "{path}类型不符（应为{type}）", en: "{path}not {type}")
        case .decodeMissingValue: CatalogueEntry(zh: "{path}缺少值（应为{type}）", en: "{path}no {type}")
        case .decodeMissingKey: CatalogueEntry(zh: "{path}缺少字段 {key}", en: "{path}no {key}")
        case .decodeCorrupted: CatalogueEntry(zh: "{path}内容无法解析", en: "{path}does not parse")
        case .typeNumber: CatalogueEntry(zh: "数字", en: "a number")
        case .typeText: CatalogueEntry(zh: "文本", en: "a text")
        case .typeOther: CatalogueEntry(zh: "其他类型的值", en: "another type")
        }
    }
}
