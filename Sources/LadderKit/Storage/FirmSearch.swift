/// What `Registry.find` found for a text: the best matches first, and how many there were.
public struct FirmSearch: Equatable, Sendable {
    public let policy: Policy
    public let query: String
    public let asOf: Day
    public let knownAt: Moment?
    /// At most the limit asked for, best first.
    public let matches: [FirmMatch]
    /// Firms found; when `truncated`, only those among the first `ranked` names that contain the text.
    public let total: Int
    /// More names contain the text than were ranked (`ranked`): a longer text finds fewer.
    public let truncated: Bool
    /// How many names containing the text were ranked at most (`Registry.findRankLimit(for:)`).
    public var ranked: Int = Registry.findScanLimit
    /// When nothing matches: the firms whose names come closest, as "name (code)", best first.
    public let nearest: [String]
    /// Why nothing could be looked up, e.g. a single character (which would match too many names to list).
    public let refusal: String?
    /// The region the search was narrowed to, if any.
    public let region: Region?
    /// Firms matching outside `region`, counted and not listed.
    public let outside: Int
}
