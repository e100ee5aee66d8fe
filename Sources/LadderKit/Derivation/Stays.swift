/// The days a firm lay within one region: spans from the day it was placed there (registered,
/// moved in, or a place correction) until the day it was placed elsewhere.
public struct Stays: Sendable, Equatable {
    /// Half-open spans `from..<until`, oldest first; `until` nil: still there.
    public let spans: [Span]

    public struct Span: Sendable, Equatable {
        public let from: Day
        public let until: Day?
    }

    public init(spans: [Span]) { self.spans = spans }

    public func contains(_ day: Day) -> Bool {
        spans.contains { $0.from <= day && ($0.until.map { day < $0 } ?? true) }
    }

    /// Whether any day from `first` through `last` (nil: open-ended) lies in a stay.
    public func overlaps(_ first: Day, through last: Day?) -> Bool {
        spans.contains { span in
            (last.map { span.from <= $0 } ?? true) && (span.until.map { first < $0 } ?? true)
        }
    }

    /// A move or place correction effective on `day` belongs to both sides: the region it left
    /// (the day before) and the one it came to (the day itself).
    func containsEitherSide(of day: Day) -> Bool {
        contains(day) || contains(day.adding(days: -1))
    }
}

extension History {
    /// The days the firm lay within `region`, by its relocations and place corrections.
    public func stays(in region: Region, registered: Location) -> Stays {
        // Of several changes effective on one day the last places the firm.
        var days: [(effective: Day, location: Location)] = []
        for change in placeChanges {
            if days.last?.effective == change.effective { days.removeLast() }
            days.append(change)
        }
        var spans: [Stays.Span] = []
        var from = Day.beforeAll, place = registered
        for change in days {
            if change.effective > from, region.contains(place) {
                spans.append(Stays.Span(from: from, until: change.effective))
            }
            (from, place) = (change.effective, change.location)
        }
        if region.contains(place) { spans.append(Stays.Span(from: from, until: nil)) }
        return Stays(spans: merged(spans))
    }

    private func merged(_ spans: [Stays.Span]) -> [Stays.Span] {
        var result: [Stays.Span] = []
        for span in spans {
            if let last = result.last, last.until == span.from {
                result[result.count - 1] = Stays.Span(from: last.from, until: span.until)
            } else {
                result.append(span)
            }
        }
        return result
    }
}
