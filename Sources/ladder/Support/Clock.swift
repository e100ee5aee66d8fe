import Foundation
import LadderKit

/// The one place the tool reads the clock. The library only ever receives these values.
enum Clock {
    static func now() -> Moment { Moment(secondsSince1970: Date().timeIntervalSince1970) }
    /// Today in China (UTC+8).
    static func today() -> Day { ChinaTime.day(of: now()) }
    /// A steady count of nanoseconds, for timing a call (`find --timing`), never a date.
    static func monotonicNanoseconds() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}
