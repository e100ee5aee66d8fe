extension EventKind {
    /// The event's name: 认定, 取消资格… in Chinese; the slug (`certify`) in English, as typed.
    public func name(in language: Language = .current) -> String {
        switch language {
        case .zh: term.text(in: .zh)
        case .en: rawValue
        }
    }

    var term: Term {
        switch self {
        case .admit: .admit
        case .certify: .certify
        case .select: .select
        case .revoke: .revoke
        case .rename: .rename
        case .relocate: .relocate
        case .void: .void
        }
    }
}
