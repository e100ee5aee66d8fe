/// One firm found by `Registry.find`: who it is on the day asked, and how the text matched it.
public struct FirmMatch: Equatable, Sendable {
    /// How the text matched, best first.
    public enum Kind: String, Comparable, Sendable, CaseIterable {
        case code
        case name
        case formerName = "former-name"
        case nameContains = "name-contains"
        case formerNameContains = "former-name-contains"

        var rank: Int {
            switch self {
            case .code: 0
            case .name: 1
            case .formerName: 2
            case .nameContains: 3
            case .formerNameContains: 4
            }
        }

        public static func < (a: Kind, b: Kind) -> Bool { a.rank < b.rank }
    }

    public let code: CreditCode
    /// The name on the day asked.
    public let name: String
    /// Every other name the firm has had, oldest first.
    public let formerNames: [String]
    public let location: Location
    /// The highest tier validly held on the day asked, if any.
    public let position: Tier?
    public let kind: Kind
}
