extension Tier {
    /// The tier as a title names it: 高新技术企业 in Chinese; in English the official name with the
    /// slug that `--tier` takes, 高新技术企业 (hnte), since the Chinese name is what the lists print.
    public func label(in language: Language = .current) -> String {
        switch language {
        case .zh: chineseName
        case .en: "\(chineseName) (\(rawValue))"
        }
    }

    /// A column heading for the tier: the short name of everyday speech (科小, 高企…) in Chinese,
    /// the slug in English.
    public func heading(in language: Language = .current) -> String {
        switch language {
        case .zh: Tier.spokenNames[self]![1]
        case .en: rawValue
        }
    }
}
