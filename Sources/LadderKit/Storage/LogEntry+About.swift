/// The days a log record is about, which decide whether a region sees a record about a firm that
/// lay in it only for a while: an event its effective day (a void the voided event's; a move or
/// place correction also the day before, so both regions see it), a registration the firm's start,
/// a year's facts any day of that year, anything else the day it was recorded (China time).
extension LogEntry {
    enum About: Sendable {
        case day(Day, move: Bool)
        case year(Int)
        case start

        /// Whether the firm lay in `region` then: `place` gives where it was on a day, `moves` the
        /// days its place changed.
        func lies(in region: Region, place: (Day) -> PlaceKey, moves: [Day]) -> Bool {
            switch self {
            case let .day(day, move):
                return region.contains(place(day)) || (move && region.contains(place(day.adding(days: -1))))
            case let .year(year):
                guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31)
                else { return false }
                // Any day of the year: where it was on the first day, or after a move within it.
                return region.contains(place(first))
                    || moves.contains { first <= $0 && $0 <= last && region.contains(place($0)) }
            case .start:
                return region.contains(place(.beforeAll))
            }
        }
    }
}
