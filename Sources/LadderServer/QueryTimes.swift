import Hummingbird
import LadderKit

/// `as_of` and `known_at` of a read, read as the CLI reads `--as-of` and `--known-at`: the day
/// defaults to today in China, the moment of knowledge to now.
struct QueryTimes {
    var day: Day
    var moment: Moment

    init(_ query: Parameters, now: Moment) throws {
        if let text = query["as_of"] {
            guard let day = DayParser.parse(String(text)) else {
                throw APIError(.badRequest, "as_of '\(text)' is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22")
            }
            self.day = day
        } else {
            day = ChinaTime.day(of: now)
        }
        if let text = query["known_at"] {
            guard let moment = Moment(parsing: String(text), defaultOffsetSeconds: ChinaTime.offsetSeconds) else {
                throw APIError(.badRequest, "known_at '\(text)' is not a time; use YYYY-MM-DD (end of that day in China), "
                    + "YYYY-MM-DDTHH:MM (China time) or a full ISO time with Z or an offset")
            }
            self.moment = moment
        } else {
            moment = now
        }
    }
}
