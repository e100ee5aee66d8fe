/// What later events do to grants and firms, as known at one moment: which events are void, when
/// each grant was revoked, and where firms moved. The same rules as `History`, for every firm at
/// once; read once per report, they are few (thousands) next to the grants (hundreds of thousands),
/// so each is also kept as a bit per id to answer "none" without hashing.
struct Corrections: Sendable {
    struct Move: Sendable {
        let firm: Int64
        let eventID: Int64
        let effective: Day
        let place: PlaceKey
        /// When it was recorded (microseconds): of two on one day, the later recorded places the firm.
        let recorded: Int64
    }

    /// Events cancelled by a void visible at the moment.
    private var voided = IDBits()
    /// Grant → effective day of its earliest visible, non-voided revocation.
    private var revocations: [Int64: Day] = [:]
    private var revoked = IDBits()
    /// Visible, non-voided relocations and place corrections in (firm, effective day, recorded) order: one sorted array, since
    /// a dictionary of arrays would cost an allocation per firm.
    private var moves: [Move] = []
    private var moved = IDBits()

    /// Builds the corrections from visible events (voids' targets, revocations, relocations) and
    /// place corrections (as moves with negative ids, from the start on `Day.beforeAll`).
    init(voidTargets: [Int64], revocations list: [(id: Int64, target: Int64, effective: Day)], relocations: [Move]) {
        voided = IDBits(voidTargets)
        for r in list where !voided.contains(r.id) {
            if let earlier = revocations[r.target], earlier <= r.effective { continue }
            revocations[r.target] = r.effective
        }
        revoked = IDBits(revocations.keys)
        moves = relocations.filter { !voided.contains($0.eventID) }
            .sorted { a, b in
                // On one day the later recorded wins; at one moment a correction (negative id) after a move.
                (a.firm, a.effective, a.recorded, a.eventID < 0 ? 1 : 0, abs(a.eventID))
                    < (b.firm, b.effective, b.recorded, b.eventID < 0 ? 1 : 0, abs(b.eventID))
            }
        moved = IDBits(moves.map(\.firm))
    }

    func isVoided(_ eventID: Int64) -> Bool { voided.contains(eventID) }

    /// The effective day of the grant's earliest revocation in force, if any.
    func revokedOn(_ grantID: Int64) -> Day? {
        revoked.contains(grantID) ? revocations[grantID] : nil
    }

    /// The firm's place on `day`: its last relocation or place correction effective by then, else
    /// where it registered.
    func place(of firm: Int64, on day: Day, registered: PlaceKey) -> PlaceKey {
        guard moved.contains(firm) else { return registered }
        return moves(of: firm).last(where: { $0.effective <= day })?.place ?? registered
    }

    /// The firm's relocations, oldest first (empty for most firms).
    func moves(of firm: Int64) -> ArraySlice<Move> {
        guard moved.contains(firm) else { return [] }
        var low = 0, high = moves.count
        while low < high {
            let mid = (low + high) / 2
            if moves[mid].firm < firm { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < moves.count, moves[end].firm == firm { end += 1 }
        return moves[low..<end]
    }
}
