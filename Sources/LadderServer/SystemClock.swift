import Foundation
import LadderKit

/// The one place the server reads the system clock; `ServerSettings.clock` defaults to it.
public enum SystemClock {
    @Sendable public static func now() -> Moment { Moment(secondsSince1970: Date().timeIntervalSince1970) }
}
