extension ImportKind {
    /// The kind as a clerk calls it: 企业名册, 更名名单… in Chinese; the value `--as` takes in English.
    public func name(in language: Language = .current) -> String {
        let text: ImportText = switch self {
        case .roster: .kindRoster
        case .hnteList: .kindHnteList
        case .tsmeList: .kindTsmeList
        case .selectionList: .kindSelectionList
        case .renameList: .kindRenameList
        case .revocationList: .kindRevocationList
        case .facts: .kindFacts
        }
        return text.text(in: language)
    }
}
