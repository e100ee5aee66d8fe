/// A versioned policy document: every threshold and validity convention the registry applies.
/// Each check and statistic names the policy id and version it used.
///
/// Read and written as JSON by `PolicyDocument`; `builtIn` is the default a new registry starts with.
public struct Policy: Hashable, Sendable {
    public var id: String
    public var version: Int
    public var validity: ValidityPolicy
    public var prerequisites: PrerequisitePolicy
    public var eligibility: EligibilityPolicy
    public var statistics: StatisticsPolicy

    public init(id: String, version: Int, validity: ValidityPolicy,
                prerequisites: PrerequisitePolicy = .standard, eligibility: EligibilityPolicy = .standard,
                statistics: StatisticsPolicy = .standard) {
        self.id = id
        self.version = version
        self.validity = validity
        self.prerequisites = prerequisites
        self.eligibility = eligibility
        self.statistics = statistics
    }

    /// The built-in default, `jiangxi-2023` version 1.
    public static let builtIn = Policy(id: "jiangxi-2023", version: 1, validity: .standard)

    /// `jiangxi-2023 v1`.
    public var label: String { "\(id) v\(version)" }
}
