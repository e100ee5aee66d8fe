/// How an event's kind-specific content maps onto the `event` table's columns.
extension EventDetail {
    struct Columns {
        var number: String?, category: String?, year: Int?, target: Int64?, name: String?
        var division: String?, zone: String?, ground: String?, reason: String?
    }

    /// Certificates record their issue year, taken from the effective day.
    func columns(effective: Day) -> Columns {
        var c = Columns()
        switch self {
        case let .admit(n): c.number = n.text; c.year = n.year
        case let .certify(n): c.number = n.text; c.year = effective.year
        case let .select(category, year): c.category = category.rawValue; c.year = year
        case let .revoke(target, ground, reason): c.target = target; c.ground = ground.rawValue; c.reason = reason
        case let .rename(name): c.name = name
        case let .relocate(to): c.division = to.division.code; c.zone = to.zone?.rawValue
        case let .void(target, reason): c.target = target; c.reason = reason
        }
        return c
    }
}
