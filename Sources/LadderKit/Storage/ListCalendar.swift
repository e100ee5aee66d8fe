/// The day each year's growth and leader list took effect (its earliest listing), for list
/// terms that run "until the next list".
struct ListCalendar: Sendable {
    var firstDay: [Tier: [Int: Day]] = [:]

    /// Each tier's and year's earliest listing day, known by ?1: the one statement of both engines.
    static let firstDaysSQL = """
        SELECT s.tier, s.year, MIN(s.effective_on) AS first_day FROM event s
        WHERE s.kind = 'select' AND s.recorded_at <= ?1
          AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = s.id
                          AND v.recorded_at <= ?1)
        GROUP BY s.tier, s.year
        """

    /// The first day of the earliest list of `tier` for a year after `year`.
    func nextListStart(_ tier: Tier, _ year: Int) -> Day? {
        firstDay[tier]?.filter { $0.key > year }.min { $0.key < $1.key }?.value
    }
}
