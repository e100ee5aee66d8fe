extension PolicyDocument {
    /// What a person should know about how a valid document was read: an older key read in its
    /// newer meaning. Empty for a document in today's words (or one that does not decode).
    public static func notes(json text: String) -> [String] {
        guard case let .object(root)? = try? PolicyJSONParser.parse(text),
              case let .object(eligibility)? = root["eligibility"],
              case let .object(hnte)? = eligibility["hnte"],
              case let .number(min)? = hnte[HntePolicy.oldScoreKey], let whole = Int(min) else { return [] }
        return ["innovation_score_min \(whole) is read as innovation_score_above \(whole - 1): the innovation score "
            + "must be above \(whole - 1), \(whole - 1) itself failing, so a fractional score such as \(whole - 1).5 "
            + "passes; write innovation_score_above in new documents"]
    }
}
