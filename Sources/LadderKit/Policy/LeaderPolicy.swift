/// 科技领军企业: a provincial selection with no public numeric thresholds. The policy holds the
/// common conditions only; the province's selection decides the rest.
public struct LeaderPolicy: Hashable, Sendable {
    public var placeholder: Bool
    public var requireProvincialRegistration: Bool
    public var requireCleanCredit: Bool

    public init(placeholder: Bool, requireProvincialRegistration: Bool, requireCleanCredit: Bool) {
        self.placeholder = placeholder
        self.requireProvincialRegistration = requireProvincialRegistration
        self.requireCleanCredit = requireCleanCredit
    }

    public static let standard = LeaderPolicy(placeholder: true, requireProvincialRegistration: true,
                                              requireCleanCredit: true)
}

extension LeaderPolicy {
    static let keys = ["placeholder", "require_provincial_registration", "require_clean_credit"]

    var json: PolicyJSON {
        .object(["placeholder": .bool(placeholder), "require_provincial_registration": .bool(requireProvincialRegistration),
                 "require_clean_credit": .bool(requireCleanCredit)])
    }

    init(_ r: PolicyReader) throws(PolicyError) {
        self.init(placeholder: try r.bool("placeholder"),
                  requireProvincialRegistration: try r.bool("require_provincial_registration"),
                  requireCleanCredit: try r.bool("require_clean_credit"))
    }
}
