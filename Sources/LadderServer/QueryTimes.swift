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
                throw APIError(.badRequest, ServeInputText.badAsOf.text(["value": text]))
            }
            self.day = day
        } else {
            day = ChinaTime.day(of: now)
        }
        if let text = query["known_at"] {
            guard let moment = Moment(parsing: String(text), defaultOffsetSeconds: ChinaTime.offsetSeconds) else {
                throw APIError(.badRequest, ServeInputText.badKnownAt.text(["value": text]))
            }
            self.moment = moment
        } else {
            moment = now
        }
    }
}
