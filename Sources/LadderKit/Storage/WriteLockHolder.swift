import Foundation

/// Who holds a registry's write lock, as the holder wrote it in the sidecar file when its write
/// transaction began: so a writer that gives up waiting can say whom it waited for.
public struct WriteLockHolder: Codable, Equatable, Sendable {
    public var pid: Int32
    public var operatorName: String
    /// The command line, e.g. `ladder import roster.csv`.
    public var command: String
    /// When the transaction began; nil when the holder was given no clock.
    public var since: Moment?
    /// Tells this transaction's sidecar from a later one of the same process.
    var token: UInt64

    public init(pid: Int32, operatorName: String, command: String, since: Moment?) {
        self.pid = pid
        self.operatorName = operatorName
        self.command = command
        self.since = since
        self.token = UInt64.random(in: 1...UInt64.max)
    }

    enum CodingKeys: String, CodingKey {
        case pid, operatorName = "operator", command, since, token
    }

    /// `pid 4242, operator 王芳, `ladder import roster.csv`, since 10:02:17`.
    public var summary: String {
        var parts = [SystemText.holderPid.text(["pid": pid]), SystemText.holderOperator.text(["operator": operatorName]),
                     "`\(command)`"]
        if let since { parts.append(SystemText.holderSince.text(["time": RegistryFile.clockTime(since)])) }
        return parts.joined(separator: Language.current == .zh ? "，" : ", ")
    }

    /// Whether the process that wrote this is still running (a killed holder leaves its file).
    var isRunning: Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
