/// A correction of what was recorded about a firm: its place from a day (or from the start), or
/// its founding day. Not something that happened to the firm (a move is a `relocate` event): the
/// record was wrong. Reads known at a moment apply the corrections recorded by then.
public struct Correction: Hashable, Sendable, Identifiable {
    public let id: Int64
    public let enterpriseID: Int64
    /// The first day the corrected place holds; nil: from the start (the place as registered).
    public let effective: Day?
    public let location: Location?
    /// The founding day, corrected from the start.
    public let founded: Day?
    public let reason: String
    public let provenance: Provenance

    public init(id: Int64, enterpriseID: Int64, effective: Day?, location: Location?, founded: Day?, reason: String,
                provenance: Provenance) {
        self.id = id
        self.enterpriseID = enterpriseID
        self.effective = effective
        self.location = location
        self.founded = founded
        self.reason = reason
        self.provenance = provenance
    }

    /// `place → 360702 章贡区 from the start; founded 2019-03-01`.
    public var summary: String { summary(in: .current) }

    /// The summary in `language`: English in JSON, which machines read.
    public func summary(in language: Language) -> String {
        var parts: [String] = []
        if let location {
            let from = effective.map { WriteText.correctionFromDay.text(in: language, ["day": $0.iso]) }
                ?? WriteText.correctionFromStart.text(in: language)
            parts.append(WriteText.correctionPlace.text(in: language, ["place": location.label, "from": from]))
        }
        if let founded { parts.append(WriteText.correctionFounded.text(in: language, ["day": founded.iso])) }
        return parts.joined(separator: RegistryErrorText.listSeparator.text(in: language))
    }
}

extension Day {
    /// Where a correction "from the start" sorts among effective days: before any real day.
    static let beforeAll = Day(ordinal: Int(Int32.min) + 1)
}
