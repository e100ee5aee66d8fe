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
