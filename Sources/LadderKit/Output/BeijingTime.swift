/// A recorded moment as a clerk reads it: `2026-12-05 19:07`, the wall-clock time in Beijing
/// (UTC+8 all year, `ChinaTime`'s fixed offset: no time-zone database to consult). Tables, pages
/// and the report show this; JSON and CSV keep the ISO-8601 UTC instant (`Moment.iso`), their
/// contract.
public enum BeijingTime {
    /// Minutes, enough to tell records apart by eye and short enough for a table cell; `seconds`
    /// for a moment that bounds what was known (`2026-12-05 19:07:30`). Never rounded up.
    public static func stamp(_ moment: Moment, seconds: Bool = false) -> String {
        let local = Moment(microseconds: moment.microseconds + Int64(ChinaTime.offsetSeconds) * 1_000_000).iso
        return String(local.prefix(10)) + " " + String(local.dropFirst(11).prefix(seconds ? 8 : 5))
    }
}
