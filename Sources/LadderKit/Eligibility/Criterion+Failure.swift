extension Criterion {
    /// A failed criterion as a refusal names it: `hnte.rd_ratio 2.00% (…) (needs ≥ 5%)`, worded when
    /// shown, so that the refusal reads in its reader's language while the API's JSON stays English.
    public func failure(in language: Language = .current) -> String {
        RegistryErrorText.failedCriterion.text(in: language, ["id": id, "value": phrases.value.text(in: language),
                                                              "threshold": phrases.threshold.text(in: language)])
    }
}
