extension CriterionVerdict {
    /// pass / 通过, fail / 未通过, unknown / 待定.
    public func name(in language: Language = .current) -> String {
        switch self {
        case .pass: CheckText.pass.text(in: language)
        case .fail: CheckText.fail.text(in: language)
        case .unknown: CheckText.unknown.text(in: language)
        }
    }
}
