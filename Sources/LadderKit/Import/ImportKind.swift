/// What a file is, which decides what each row records. Detected from the headers unless `--as` says.
public enum ImportKind: String, CaseIterable, Codable, Sendable {
    /// Enterprise data: identity, place, profile, optional annual facts, optional 科小/高企 numbers.
    case roster
    /// A published 高新技术企业 list: certificate numbers (issue day from a column or --effective).
    case hnteList = "hnte-list"
    /// A published 科技型中小企业 list: 入库登记编号.
    case tsmeList = "tsme-list"
    /// A growth or leader list: tier, category, year and day from options or columns.
    case selectionList = "selection-list"
    /// 更名名单: 原企业名称, 现企业名称, 证书编号.
    case renameList = "rename-list"
    /// 取消资格名单: the firm, the number, and the year (or day) from which it is cancelled.
    case revocationList = "revocation-list"
    /// Annual facts for firms already registered.
    case facts

    /// Detects the kind from the matched fields; nil when nothing fits.
    static func detect(_ fields: Set<ImportField>) -> ImportKind? {
        let identity = fields.contains(.creditCode) || fields.contains(.name)
        if fields.contains(.formerName) && fields.contains(.newName) { return .renameList }
        guard identity else { return nil }
        if fields.contains(.cancelYear) || fields.contains(.revokedOn) { return .revocationList }
        if fields.contains(.category) { return .selectionList }
        let hasFacts = !fields.isDisjoint(with: ImportField.factFields)
        // A place column alone does not make a roster: published lists carry 所属地区 too.
        let hasProfile = !fields.isDisjoint(with: [.founded, .field, .contact, .phone])
        if fields.contains(.creditCode) && (hasFacts || hasProfile) { return .roster }
        if fields.contains(.certificateNumber) && !fields.contains(.tsmeNumber) { return .hnteList }
        if fields.contains(.tsmeNumber) && !fields.contains(.certificateNumber) { return .tsmeList }
        if hasFacts && fields.contains(.year) { return .facts }
        if fields.contains(.creditCode) { return .roster }
        return nil
    }
}
