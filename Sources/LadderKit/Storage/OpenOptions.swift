import Foundation

/// How a process opens a registry: how long its writes wait for another writer, who it is (for
/// the lock-holder sidecar), its clock, and where notices go. The defaults suit tests and
/// library use; the CLI fills in everything.
public struct OpenOptions: Sendable {
    /// Seconds a write waits for another process's write lock before it is refused.
    public var busyTimeout: TimeInterval
    /// Who writes, shown to a writer that waits too long.
    public var operatorName: String?
    /// The command line, shown to a writer that waits too long.
    public var command: String?
    /// Reads the time for the lock-holder sidecar and the names of kept copies (the library
    /// never reads the clock itself). Without one, those names carry no time.
    public var clock: (@Sendable () -> Moment)?
    /// Receives what opening did that a person should know (a schema upgrade and its backup).
    public var notice: (@Sendable (String) -> Void)?

    public init(busyTimeout: TimeInterval = Registry.busyTimeout, operatorName: String? = nil, command: String? = nil,
                clock: (@Sendable () -> Moment)? = nil, notice: (@Sendable (String) -> Void)? = nil) {
        self.busyTimeout = busyTimeout
        self.operatorName = operatorName
        self.command = command
        self.clock = clock
        self.notice = notice
    }
}
