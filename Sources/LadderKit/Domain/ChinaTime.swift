/// China Standard Time: UTC+8 all year, no daylight saving. "Today" and the day of a recorded
/// moment are read in this zone.
public enum ChinaTime {
    public static let offsetSeconds = 8 * 3600

    public static func day(of moment: Moment) -> Day { moment.day(offsetSeconds: offsetSeconds) }
}
