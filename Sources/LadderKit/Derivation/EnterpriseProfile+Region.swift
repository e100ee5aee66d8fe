/// A firm as a bureau below the province sees it: its state on the day asked (a day it lay in
/// the bureau's region), and of its record only what happened while it lay there.
extension EnterpriseProfile {
    /// The profile limited to the days the firm lay within `region` (the province: everything).
    /// Events effective on those days (a relocation also when the day before was one: both
    /// regions see a move), a void when the event it voids is shown, qualifications held on one
    /// of those days (a revocation after `asOf` on a day outside them left out), names in force
    /// on one of them, corrections effective on one of them (or from the start).
    public func seen(from region: Region) -> EnterpriseProfile {
        guard region != .province else { return self }
        var limited = self
        limited.shownStays = history.stays(in: region, registered: enterprise.registeredLocation)
        return limited
    }

    func isShown(_ event: Event) -> Bool {
        guard let shownStays else { return true }
        switch event.detail {
        case .relocate: return shownStays.containsEitherSide(of: event.effective)
        case let .void(target, _):
            return history.visible.first { $0.id == target }.map { $0.kind != .void && isShown($0) } ?? false
        default: return shownStays.contains(event.effective)
        }
    }

    func shown(_ q: Qualification) -> Qualification? {
        guard let shownStays else { return q }
        guard shownStays.overlaps(q.start, through: q.lastValidDay) else { return nil }
        guard let revokedOn = q.revokedOn, revokedOn > asOf, !shownStays.contains(revokedOn) else { return q }
        // Revoked later, elsewhere: not this region's to know; the status on `asOf` is the same.
        return Qualification(grantEventID: q.grantEventID, tier: q.tier, number: q.number, category: q.category,
                             year: q.year, start: q.start, end: q.end)
    }
}
