/// The kind-specific content of an event; each case carries exactly the fields its kind needs.
public enum EventDetail: Hashable, Sendable {
    case admit(number: TsmeNumber)
    case certify(number: CertificateNumber)
    case select(category: ListCategory, year: Int)
    /// Ends the qualification granted by event `target`.
    case revoke(target: Int64, ground: RevocationGround, reason: String)
    case rename(name: String)
    case relocate(to: Location)
    /// Treats event `target` as never having happened.
    case void(target: Int64, reason: String)

    public var kind: EventKind {
        switch self {
        case .admit: return .admit
        case .certify: return .certify
        case .select: return .select
        case .revoke: return .revoke
        case .rename: return .rename
        case .relocate: return .relocate
        case .void: return .void
        }
    }

    /// The tier a granting event grants.
    public var grantedTier: Tier? {
        switch self {
        case .admit: return .tsme
        case .certify: return .hnte
        case let .select(category, _): return category.tier
        default: return nil
        }
    }

    /// The event this one acts on (revoke, void).
    public var target: Int64? {
        switch self {
        case let .revoke(target, _, _), let .void(target, _): return target
        default: return nil
        }
    }
}
