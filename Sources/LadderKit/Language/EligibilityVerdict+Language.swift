extension EligibilityVerdict {
    /// The verdict in a sentence: 数据不足 in Chinese; the value JSON carries (`insufficient-data`) in English.
    public var said: String {
        switch self {
        case .eligible: RegistryErrorText.verdictEligible.text()
        case .notEligible: RegistryErrorText.verdictNotEligible.text()
        case .insufficientData: RegistryErrorText.verdictInsufficientData.text()
        }
    }

    /// The verdict as a person reads it: 符合条件 in Chinese, the JSON's value in English.
    public func name(in language: Language = .current) -> String {
        switch self {
        case .eligible: CheckText.eligible.text(in: language)
        case .notEligible: CheckText.notEligible.text(in: language)
        case .insufficientData: CheckText.insufficientData.text(in: language)
        }
    }
}
