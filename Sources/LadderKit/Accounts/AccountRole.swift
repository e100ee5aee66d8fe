/// What an account may do: a viewer reads, an editor also records events and imports, an admin also
/// manages the accounts, policy and targets of its region. Each role includes the ones below it.
public enum AccountRole: String, CaseIterable, Comparable, Sendable, Codable {
    case viewer, editor, admin

    private var rank: Int {
        switch self {
        case .viewer: return 0
        case .editor: return 1
        case .admin: return 2
        }
    }

    public static func < (lhs: AccountRole, rhs: AccountRole) -> Bool { lhs.rank < rhs.rank }
}
