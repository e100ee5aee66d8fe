extension AccountRole {
    /// The role as a person reads it: 管理员, 录入员, 查阅员 in Chinese; the value `--role` takes in English.
    public var said: String {
        switch self {
        case .viewer: AccountText.roleViewer.text()
        case .editor: AccountText.roleEditor.text()
        case .admin: AccountText.roleAdmin.text()
        }
    }
}
