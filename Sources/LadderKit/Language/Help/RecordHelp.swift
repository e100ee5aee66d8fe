/// The help of the commands that record what happened to a firm: add, admit, certify, select,
/// revoke, rename, relocate, correct and void.
public enum RecordHelp: String, CatalogueArea {
    case addAbstract, addDiscussion, addCode, addName, addRegion, addZone, addFounded, addField, addContact, addPhone
    case admitAbstract, admitDiscussion, admitNumber, admitEffective
    case certifyAbstract, certifyDiscussion, certifyNumber, certifyIssued
    case selectAbstract, selectTier, selectCategory, selectYear, selectEffective
    case revokeAbstract, revokeDiscussion, revokeTier, revokeNumber, revokeEffective, revokeGround, revokeReason
    case renameAbstract, renameName, renameEffective
    case relocateAbstract, relocateRegion, relocateZone, relocateEffective

    public static let area = "help.record"

    public var entry: CatalogueEntry {
        switch self {
        case .addAbstract: CatalogueEntry(zh: "按统一社会信用代码登记一家企业。", en: "Register an enterprise by its 统一社会信用代码.")
        case .addDiscussion:
            CatalogueEntry(zh: "不写 --region 时，企业所在地取统一社会信用代码第 3～8 位表示的行政区划。",
                           en: "Without --region the firm is placed in the division named by its code (positions 3-8).")
        case .addCode: CatalogueEntry(zh: "统一社会信用代码（18 位）。", en: "统一社会信用代码 (18 characters).")
        case .addName: CatalogueEntry(zh: "企业名称（登记名称）。", en: "Registered name (企业名称).")
        case .addRegion:
            CatalogueEntry(zh: "行政区划代码（GB/T 2260），例如 360111，或江西省内的行政区划名称。",
                           en: "Division code (GB/T 2260), e.g. 360111, or a Jiangxi division name.")
        case .addZone:
            CatalogueEntry(zh: "企业所属的统计区域（赣江新区写 ganjiang）。", en: "Reporting zone the firm belongs to (赣江新区 = ganjiang).")
        case .addFounded: CatalogueEntry(zh: "成立日期。", en: "Founding day (成立日期).")
        case .addField: CatalogueEntry(zh: "技术领域，例如 电子信息。", en: "Technology field, e.g. 电子信息.")
        case .addContact: CatalogueEntry(zh: "联系人。", en: "Contact person.")
        case .addPhone: CatalogueEntry(zh: "联系电话。", en: "Contact phone.")
        case .admitAbstract:
            CatalogueEntry(zh: "记录科技型中小企业入库及其入库登记编号。",
                           en: "Record a 科技型中小企业 admission (入库) with its 入库登记编号.")
        case .admitDiscussion:
            CatalogueEntry(zh: "自入库之日起有效，至入库登记编号所属年度的年末止（认定政策参数 tsme.end）。",
                           en: "Valid from the admission day through the end of the number's year (policy knob tsme.end).")
        case .admitNumber:
            CatalogueEntry(zh: "入库登记编号，18 位，例如 2024360111A0000001。", en: "入库登记编号, 18 characters, e.g. 2024360111A0000001.")
        case .admitEffective: CatalogueEntry(zh: "入库公告日期。", en: "Admission announcement day.")
        case .certifyAbstract: CatalogueEntry(zh: "记录高新技术企业认定（证书）。", en: "Record a 高新技术企业 certificate.")
        case .certifyDiscussion:
            CatalogueEntry(zh: "自发证日期起三年内有效（认定政策参数 hnte.end，默认按民法典计算期间）。",
                           en: "Valid for three years from the issue day (policy knob hnte.end: civil-code by default).")
        case .certifyNumber: CatalogueEntry(zh: "证书编号，例如 GR202336000123。", en: "Certificate number, e.g. GR202336000123.")
        case .certifyIssued: CatalogueEntry(zh: "发证日期。", en: "Issue day (发证日期).")
        case .selectAbstract:
            CatalogueEntry(zh: "记录入选高成长性科技型企业或科技领军企业名单。", en: "Record a listing (入选) on a growth or leader list.")
        case .selectTier:
            CatalogueEntry(zh: "层级：growth（高成长性科技型企业）或 leader（科技领军企业）。", en: "growth or leader.")
        case .selectCategory: CatalogueEntry(zh: "名单类别。", en: "List category.")
        case .selectYear: CatalogueEntry(zh: "名单年度。", en: "The list's year.")
        case .selectEffective: CatalogueEntry(zh: "名单生效日期。", en: "The day the list takes effect.")
        case .revokeAbstract:
            CatalogueEntry(zh: "提前终止资格（取消资格／撤销登记编号）。", en: "End a qualification early (取消资格 / 撤销登记编号).")
        case .revokeDiscussion: CatalogueEntry(zh: "自生效日期起，该资格不再有效。", en: "The qualification is not valid from the effective day on.")
        case .revokeTier: CatalogueEntry(zh: "被终止资格的层级。", en: "The tier whose qualification ends.")
        case .revokeNumber:
            CatalogueEntry(zh: "企业持有多项该层级资格时，写明证书编号或入库登记编号（名单类写名单年度）。",
                           en: "Certificate or 入库 number (or list year) when the firm holds several.")
        case .revokeEffective: CatalogueEntry(zh: "不再有效的第一天。", en: "First day it is no longer valid.")
        case .revokeGround: CatalogueEntry(zh: "取消资格的依据。", en: "Ground.")
        case .revokeReason: CatalogueEntry(zh: "原因（文字说明）。", en: "Why, in words.")
        case .renameAbstract:
            CatalogueEntry(zh: "记录企业更名；各项编号和到期日不变。", en: "Record a change of name (更名); numbers and end days are kept.")
        case .renameName: CatalogueEntry(zh: "新名称。", en: "The new name.")
        case .renameEffective: CatalogueEntry(zh: "新名称的生效日期。", en: "Day the new name takes effect.")
        case .relocateAbstract:
            CatalogueEntry(zh: "记录企业迁移到另一行政区划；资格随企业迁移。",
                           en: "Record a move (迁移) to another division; qualifications move along.")
        case .relocateRegion:
            CatalogueEntry(zh: "迁入地的行政区划代码（GB/T 2260）或江西省内的行政区划名称。",
                           en: "New division code (GB/T 2260) or Jiangxi division name.")
        case .relocateZone:
            CatalogueEntry(zh: "迁入地所属的统计区域（赣江新区写 ganjiang）。", en: "Reporting zone at the new place (赣江新区 = ganjiang).")
        case .relocateEffective: CatalogueEntry(zh: "迁移的生效日期。", en: "Day the move takes effect.")
        }
    }
}
