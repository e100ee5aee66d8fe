/// Why the registry refused a write or could not answer a read (`RegistryError`), in the reader's
/// language. The values quoted (codes, names, days, numbers) go in as they are.
public enum RegistryErrorText: String, CatalogueArea {
    case unknownEnterprise, unknownName, unknownNameMore, ambiguousName, notKnownAt, alreadyRegistered, emptyName
    case numberHeldByAnother, notValidOnDay, ambiguousQualification, conflictingGrant, effectiveBeforeStart
    case effectiveAfterEnd, sameName, sameLocation, unknownEvent, alreadyVoided, cannotVoidVoid, conflictingSelection
    case readmissionBarred, categoryNotInTier, corrupt, unknownBatch, targetAlreadySet, batchAlreadyVoided, badFacts
    case badPolicy, policyVersionTaken, promotionRefused, promotionFailed, promotionMissing, promotionEnd, failedCriterion
    case or, listSeparator, referenceEvent, referenceFacts, referenceProfile, referenceCorrection
    case noneRecorded, noneNumbered, qualificationRevoked, qualificationEnded, qualificationStarts, qualificationValid
    case verdictEligible, verdictNotEligible, verdictInsufficientData
    // Corrections of the past and registrations set aside.
    case emptyReason, nothingToCorrect, foundedFromStart, correctionInFuture, alreadyCorrected, setAside
    case registrationReferenced, registrationAlreadySetAside, registeredAgainUnderAnotherName

    public static let area = "registryError"

    public var entry: CatalogueEntry {
        switch self {
        case .unknownEnterprise:
            CatalogueEntry(zh: "登记库中没有企业“{query}”；请先登记该企业", en: "no enterprise '{query}' in the registry; add it first")
        case .unknownName:
            CatalogueEntry(zh: "没有名为“{query}”的企业；是否指 {nearest}？", en: "no enterprise is named '{query}'; did you mean {nearest}?")
        case .unknownNameMore: CatalogueEntry(zh: "（另有 {more} 家名称含此字样）", en: " ({more} more contain it)")
        case .ambiguousName:
            CatalogueEntry(zh: "名称“{name}”对应 {count} 家企业（{candidates}）；请改用统一社会信用代码",
                           en: "the name '{name}' matches {count} enterprises ({candidates}); use the credit code instead")
        case .notKnownAt:
            CatalogueEntry(zh: "{knownAt} 时登记库中还没有 {code}（{createdAt} 登记）",
                           en: "{code} was not yet in the registry at {knownAt} (added {createdAt})")
        case .alreadyRegistered:
            CatalogueEntry(zh: "已有记录：{code} 已登记为“{name}”，未写入（新名称或新地址请按更名或迁移记录）",
                           en: "already recorded: {code} is registered as '{name}'; nothing written (a new name or place is "
                               + "recorded as a rename or a relocation)")
        case .emptyName: CatalogueEntry(zh: "企业名称为空；请填写企业的登记名称", en: "the name is empty; give the enterprise's registered name")
        case .numberHeldByAnother:
            CatalogueEntry(zh: "编号 {number} 已属于 {holderName}（{holderCode}）；请核对编号，如该记录有误，请先作废该记录",
                           en: "number {number} is already held by {holderName} ({holderCode}); check the number, "
                               + "or void that record first if it was wrong")
        case .notValidOnDay:
            CatalogueEntry(zh: "{code} 在 {day} 没有有效的{tierName}（{tier}）资格：{detail}；无可取消的资格",
                           en: "{code} holds no valid {tier} ({tierName}) on {day}: {detail}; nothing to revoke")
        case .ambiguousQualification:
            CatalogueEntry(zh: "{code} 在 {day} 持有 {count} 个有效的{tier}资格（{numbers}）；请写明编号",
                           en: "{code} holds {count} valid {tier} qualifications on {day} ({numbers}); name one by its number")
        case .conflictingGrant:
            CatalogueEntry(zh: "{code} 已自 {recorded} 起持有 {number}（事件 #{eventID}），而非自 {effective} 起；如需更正日期，请先作废该事件",
                           en: "{code} already holds {number} from {recorded} (event #{eventID}), not {effective}; "
                               + "void that event first to correct the day")
        case .effectiveBeforeStart:
            CatalogueEntry(zh: "生效日期 {effective} 早于{tier} {label} 的起始日（{start}）；请填写 {start} 当日或之后的日期",
                           en: "the effective day {effective} is before {tier} {label} started ({start}); give a day on or after {start}")
        case .effectiveAfterEnd:
            CatalogueEntry(zh: "生效日期 {effective} 晚于{tier} {label} 的截止日（{end}），该记录永远不会有效；请核对日期和编号中的年份",
                           en: "the effective day {effective} is after {tier} {label} ends ({end}), "
                               + "so it would never be valid; check the day and the number's year")
        case .sameName:
            CatalogueEntry(zh: "已有记录：{code} 当日的名称已是“{name}”，未写入", en: "already recorded: {code} is named '{name}' on that day; nothing written")
        case .sameLocation:
            CatalogueEntry(zh: "已有记录：{code} 当日已在 {location}，未写入", en: "already recorded: {code} is in {location} on that day; nothing written")
        case .unknownEvent: CatalogueEntry(zh: "没有事件 #{id}；请查看该企业的事件记录", en: "no event #{id}; list a firm's events")
        case .alreadyVoided:
            CatalogueEntry(zh: "已有记录：事件 #{id} 已被事件 #{voidID} 作废，未写入",
                           en: "already recorded: event #{id} was voided by event #{voidID}; nothing written")
        case .cannotVoidVoid:
            CatalogueEntry(zh: "事件 #{id} 本身是作废记录，不能再作废；请重新记录原事件",
                           en: "event #{id} is itself a void and cannot be voided; record the original event again instead")
        case .conflictingSelection:
            CatalogueEntry(zh: "{code} 已列入{year}年{tier}名单，类别为{category}（事件 #{eventID}）；如需更正类别，请先作废该事件",
                           en: "{code} is already on the {year} {tier} list as {category} (event #{eventID}); "
                               + "void that event first to correct the category")
        case .readmissionBarred:
            CatalogueEntry(zh: "{code} 已于{revokedIn}年被取消科技型中小企业入库登记（{ground}），{year}年不能入库；最早可于{untilYear}年入库",
                           en: "{code} had its 科技型中小企业 registration removed in {revokedIn} ({ground}) and cannot "
                               + "be admitted for {year}; the earliest year is {untilYear}")
        case .categoryNotInTier:
            CatalogueEntry(zh: "类别“{category}”属于{categoryTier}，不属于{tier}；请使用以下之一：{allowed}",
                           en: "category '{category}' belongs to {categoryTier}, not {tier}; use one of: {allowed}")
        case .corrupt:
            CatalogueEntry(zh: "登记库中有无法读取的数据（{detail}）；请核验登记库", en: "the registry holds unreadable data ({detail}); verify it")
        case .unknownBatch: CatalogueEntry(zh: "没有导入批次 {id}；请查看导入批次列表", en: "no import batch {id}; list them")
        case .targetAlreadySet:
            CatalogueEntry(zh: "已有记录：目标 #{id} 已是 {label}，未写入", en: "already recorded: target #{id} is {label}; nothing written")
        case .batchAlreadyVoided:
            CatalogueEntry(zh: "已有记录：导入批次 {id} 已于 {at} 作废，未写入", en: "already recorded: batch {id} was voided at {at}; nothing written")
        case .badFacts:
            CatalogueEntry(zh: "{code} {year}年度数据未被接受：{problems}", en: "facts for {code} in {year} refused: {problems}")
        case .badPolicy: CatalogueEntry(zh: "认定政策未被接受：{error}", en: "policy refused: {error}")
        case .policyVersionTaken:
            CatalogueEntry(zh: "认定政策 {id} v{version} 已有记录且内容不同；修改后的政策请使用新的版本号",
                           en: "policy {id} v{version} is already recorded with other content; give the changed policy a new version")
        case .promotionRefused:
            CatalogueEntry(zh: "{code} 不符合{tier}条件（{verdict}）", en: "{code} does not meet the {tier} rules ({verdict})")
        case .promotionFailed: CatalogueEntry(zh: "；未达到：{failed}", en: "; failed: {failed}")
        case .promotionMissing: CatalogueEntry(zh: "；请先录入：{missing}", en: "; enter first: {missing}")
        case .promotionEnd:
            CatalogueEntry(zh: "。未作记录；如仍要记录，请写明特批理由",
                           en: ". Nothing was recorded; to record it anyway, give the reason for overriding the rules")
        case .failedCriterion: CatalogueEntry(zh: "{id} {value}（要求 {threshold}）", en: "{id} {value} (needs {threshold})")
        case .noneRecorded: CatalogueEntry(zh: "没有记录", en: "none is recorded")
        case .noneNumbered: CatalogueEntry(zh: "没有编号为 {number} 的记录", en: "none numbered {number} is recorded")
        case .qualificationRevoked: CatalogueEntry(zh: "{label} 自 {day} 起已取消", en: "{label} revoked from {day}")
        case .qualificationEnded: CatalogueEntry(zh: "{label} 已于 {day} 到期", en: "{label} ended on {day}")
        case .qualificationStarts: CatalogueEntry(zh: "{label} 自 {day} 起才生效", en: "{label} starts on {day}")
        case .qualificationValid: CatalogueEntry(zh: "{label} 有效", en: "{label} valid")
        case .referenceEvent: CatalogueEntry(zh: "事件 #{id} {kind} {detail}（{source}）", en: "event #{id} {kind} {detail} ({source})")
        case .referenceFacts: CatalogueEntry(zh: "{year}年度数据（{source}）", en: "facts for {year} ({source})")
        case .referenceProfile: CatalogueEntry(zh: "一次企业信息更正（导入批次 {batch}）", en: "a profile correction (batch {batch})")
        case .referenceCorrection: CatalogueEntry(zh: "更正 c{id} {summary}（{source}）", en: "correction c{id} {summary} ({source})")
        case .or: CatalogueEntry(zh: " 或 ", en: " or ")
        case .listSeparator: CatalogueEntry(zh: "；", en: "; ")
        case .verdictEligible: CatalogueEntry(zh: "符合", en: "eligible")
        case .verdictNotEligible: CatalogueEntry(zh: "不符合", en: "not-eligible")
        case .verdictInsufficientData: CatalogueEntry(zh: "数据不足", en: "insufficient-data")
        case .emptyReason:
            CatalogueEntry(zh: "原因为空；请写明更正或作废的原因", en: "the reason is empty; say why the record is corrected or set aside")
        case .nothingToCorrect:
            CatalogueEntry(zh: "{code} 没有要更正的内容：请给出更正后的所属地区、成立日期，或两者",
                           en: "nothing to correct for {code}: give the corrected place, founding day, or both")
        case .foundedFromStart:
            CatalogueEntry(zh: "成立日期只能自始更正，不能自 {effective} 起更正：请单独更正 {code} 的成立日期，自始生效",
                           en: "a founding day is corrected from the start, not from {effective}: correct {code}'s founding "
                               + "day on its own, from the start")
        case .correctionInFuture:
            CatalogueEntry(zh: "该更正将自 {effective} 起生效，晚于今天（{today}）；更正只改正至今已记录的内容，将来的搬迁请按迁移记录",
                           en: "the correction would hold from {effective}, after today ({today}); a correction fixes what "
                               + "was recorded up to now: a move still to come is a relocation")
        case .alreadyCorrected:
            CatalogueEntry(zh: "已有记录：{code} 已是 {detail}，未写入", en: "already recorded: {code} is {detail}; nothing written")
        case .setAside:
            CatalogueEntry(zh: "{code}“{name}”已于 {at} 作废登记（{reason}），视同从未登记；如需为其记录，请重新登记",
                           en: "{code} '{name}' was set aside at {at} ({reason}), as if never registered; register it "
                               + "again to record anything for it")
        case .registrationReferenced:
            CatalogueEntry(zh: "{code} 仍保留登记，因为本次错误之外的记录引用了它：{references}；请先作废这些事件（年度数据和更正记录不影响）",
                           en: "{code} stays registered, since records outside the mistake refer to it: "
                               + "{references}; void those events first (facts and corrections keep it)")
        case .registrationAlreadySetAside:
            CatalogueEntry(zh: "已有记录：{code} 已于 {at} 作废登记，未写入", en: "already recorded: {code} was set aside at {at}; nothing written")
        case .registeredAgainUnderAnotherName:
            CatalogueEntry(zh: "{code} 曾登记为“{registered}”并已作废登记；重新登记将沿用原记录和原名称，而不是“{given}”："
                               + "请按“{registered}”登记，再将新名称按更名记录",
                           en: "{code} was registered as '{registered}' and set aside; registering it again takes up that record "
                               + "under that name, not '{given}': register it as '{registered}', then record the new name as a rename")
        }
    }
}
