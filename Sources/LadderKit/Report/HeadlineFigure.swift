/// One headline count and its progress toward a plan target, e.g. 有效高新技术企业 9126 of 10000
/// by 2025-12-31.
public struct HeadlineFigure: Sendable, Equatable {
    /// e.g. `有效高新技术企业`.
    public var label: String
    /// Colours the card; nil for a figure that is not one tier.
    public var tier: Tier?
    public var value: Int
    public var unit: String
    public var target: Int?
    /// The day the target is due.
    public var due: Day?
    /// The same count one year before `asOf`, for the year-on-year change.
    public var valueOneYearEarlier: Int?
    /// The count expected on `due` at the current pace.
    public var projected: Int?
    /// Whether the figure is on course to meet the target by `due`.
    public var onTrack: Bool?

    public init(label: String, tier: Tier? = nil, value: Int, unit: String = "家", target: Int? = nil, due: Day? = nil,
                valueOneYearEarlier: Int? = nil, projected: Int? = nil, onTrack: Bool? = nil) {
        self.label = label
        self.tier = tier
        self.value = value
        self.unit = unit
        self.target = target
        self.due = due
        self.valueOneYearEarlier = valueOneYearEarlier
        self.projected = projected
        self.onTrack = onTrack
    }
}
