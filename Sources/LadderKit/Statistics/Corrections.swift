/// What later events do to grants and firms, as known at one moment: which events are void, when
/// each grant was revoked, and where firms moved. The same rules as `History`, for every firm at
/// once; read once per report, they are few (thousands) next to the grants (hundreds of thousands),
/// so each is also kept as a bit per id to answer "none" without hashing.
struct Corrections: Sendable {
    struct Move: Sendable {
        let eventID: Int64
        let effective: Day
        let place: PlaceKey
    }

    /// Events cancelled by a void visible at the moment.
    private(set) var voided = IDBits()
    /// Grant → effective day of its earliest visible, non-voided revocation.
    private(set) var revocations: [Int64: Day] = [:]
    private var revoked = IDBits()
    /// Firm → its visible, non-voided relocations, in (effective day, id) order.
    private(set) var moves: [Int64: [Move]] = [:]
    private var moved = IDBits()

    /// Builds the corrections from visible events: voids' targets, revocations, relocations.
    init(voidTargets: [Int64], revocations list: [(id: Int64, target: Int64, effective: Day)],
         relocations: [(firm: Int64, move: Move)]) {
        voided = IDBits(voidTargets)
        for r in list where !voided.contains(r.id) {
            if let earlier = revocations[r.target], earlier <= r.effective { continue }
            revocations[r.target] = r.effective
        }
        revoked = IDBits(revocations.keys)
        for (firm, move) in relocations where !voided.contains(move.eventID) {
            moves[firm, default: []].append(move)
        }
        for firm in moves.keys {
            moves[firm]!.sort { ($0.effective, $0.eventID) < ($1.effective, $1.eventID) }
        }
        moved = IDBits(moves.keys)
    }

    func isVoided(_ eventID: Int64) -> Bool { voided.contains(eventID) }

    /// The effective day of the grant's earliest revocation in force, if any.
    func revokedOn(_ grantID: Int64) -> Day? {
        revoked.contains(grantID) ? revocations[grantID] : nil
    }

    /// The firm's place on `day`: its last relocation effective by then, else where it registered.
    func place(of firm: Int64, on day: Day, registered: PlaceKey) -> PlaceKey {
        guard moved.contains(firm), let list = moves[firm] else { return registered }
        return list.last(where: { $0.effective <= day })?.place ?? registered
    }

    /// The firm's relocations, oldest first (empty for most firms).
    func moves(of firm: Int64) -> [Move] {
        moved.contains(firm) ? moves[firm] ?? [] : []
    }
}
