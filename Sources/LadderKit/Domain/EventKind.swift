/// What an event records (DOMAIN.md §4). Events are appended, never changed.
public enum EventKind: String, CaseIterable, Codable, Sendable {
    /// 科技型中小企业 admitted (入库) for an evaluation year.
    case admit
    /// 高新技术企业 certificate issued.
    case certify
    /// Listed (入选) on a growth or leader list.
    case select
    /// A qualification ends early (取消资格 / 撤销登记编号).
    case revoke
    /// 更名: the firm's name changes; qualifications keep their numbers and ends.
    case rename
    /// 迁移: the firm's region changes.
    case relocate
    /// A correction: an earlier event is treated as never having happened.
    case void
}
