extension EligibilityVerdict {
    /// The verdict in a sentence: 数据不足 in Chinese; the value JSON carries (`insufficient-data`) in English.
    public var said: String {
        switch self {
        case .eligible: RegistryErrorText.verdictEligible.text()
        case .notEligible: RegistryErrorText.verdictNotEligible.text()
        case .insufficientData: RegistryErrorText.verdictInsufficientData.text()
        }
    }
}
