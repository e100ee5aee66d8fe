/// Excel's day numbers ("serials") as days.
enum ExcelSerial {
    /// 1899-12-30: serial 0 of the 1900 system for serials from 61 on.
    private static let epoch1900 = Day(ordinal: -25_569)
    /// 1904-01-01: serial 0 of the 1904 system.
    private static let epoch1904 = Day(ordinal: -24_107)

    /// The day a serial (its fraction, the time of day, ignored) falls on, or nil when it is no
    /// real day: below 1 (a time of day without a date, or Excel's "1900-01-00"), 60 in the
    /// 1900 system (Lotus's 1900-02-29, which never existed), or after 9999-12-31.
    static func day(serial: Double, date1904: Bool) -> Day? {
        guard serial.isFinite, serial >= 1, serial < 3_000_000 else { return nil }
        let whole = Int(serial.rounded(.down))
        let day: Day
        if date1904 {
            day = epoch1904.adding(days: whole)
        } else {
            guard whole != 60 else { return nil }
            // Before the phantom 1900-02-29 Excel's serials are one day ahead of the calendar.
            day = epoch1900.adding(days: whole < 60 ? whole + 1 : whole)
        }
        return day.year <= 9999 ? day : nil
    }
}
