/// The 科技型中小企业 admitted in one year and how many have since reached a higher tier.
public struct FunnelRow: Sendable, Equatable {
    public var admissionYear: Int
    public var admitted: Int
    /// Firms of this cohort that later held 高企 or above.
    public var reachedHigher: Int
    /// Median days from admission to the higher tier, among those that reached it.
    public var medianDays: Int?

    public init(admissionYear: Int, admitted: Int, reachedHigher: Int, medianDays: Int? = nil) {
        self.admissionYear = admissionYear
        self.admitted = admitted
        self.reachedHigher = reachedHigher
        self.medianDays = medianDays
    }
}
