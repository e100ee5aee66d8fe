/// What became of the 高企 certificates issued in one year, as of the report day.
public struct CohortRow: Sendable, Equatable {
    public var issueYear: Int
    public var issued: Int
    /// Certificates of this cohort still valid.
    public var stillValid: Int
    /// Ended early by 取消资格.
    public var revoked: Int
    /// Ended at term and followed by a new certificate (重新认定).
    public var recertified: Int
    /// Ended at term without a new certificate, the renewal window closed.
    public var lapsed: Int
    /// Ended at term without a new certificate yet, the renewal window still open.
    public var pending: Int
    /// Retention in basis points (8750 = 87.50%), as the statistics define it; nil when not
    /// meaningful (e.g. an empty cohort).
    public var retentionBasisPoints: Int?

    public init(issueYear: Int, issued: Int, stillValid: Int, revoked: Int, recertified: Int, lapsed: Int,
                pending: Int = 0, retentionBasisPoints: Int?) {
        self.issueYear = issueYear
        self.issued = issued
        self.stillValid = stillValid
        self.revoked = revoked
        self.recertified = recertified
        self.lapsed = lapsed
        self.pending = pending
        self.retentionBasisPoints = retentionBasisPoints
    }
}
