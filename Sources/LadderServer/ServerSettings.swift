import LadderKit

/// How `ladder serve` runs: where it listens and the limits of its safety rules.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// Behind a reverse proxy: take the client from X-Forwarded-For and TLS from X-Forwarded-Proto.
    public var trustProxy: Bool
    /// A session unused this long is over (8 hours).
    public var sessionIdleSeconds: Int64
    /// Failed logins per account or per client that lock further tries (5) for `lockoutSeconds` (15 min).
    public var loginFailureLimit: Int
    public var lockoutSeconds: Int64
    /// bcrypt cost of password hashes (12; tests use the minimum, 4, to stay fast).
    public var bcryptCost: UInt8
    /// The largest upload an import accepts, in bytes (`--max-upload`, 200 MB); larger is refused with 413.
    public var maxUploadBytes: Int64
    /// Uploads taken at once (`--max-concurrent-uploads`, 2); one more is answered 503 with Retry-After.
    public var uploads: UploadSlots
    /// Where uploads are spooled and each batch's rejects and problems files are kept; nil: beside
    /// the registry as `REGISTRY.imports/` (a temporary folder for a registry in memory).
    public var importFolder: String?
    /// The one clock of the server: every "now" the library needs is read here and passed in.
    public var clock: @Sendable () -> Moment

    public init(host: String = "127.0.0.1", port: Int = 8080, trustProxy: Bool = false,
                sessionIdleSeconds: Int64 = 8 * 3600, loginFailureLimit: Int = 5, lockoutSeconds: Int64 = 15 * 60,
                bcryptCost: UInt8 = 12, maxUploadBytes: Int64 = ServerSettings.defaultMaxUpload,
                maxConcurrentUploads: Int = ServerSettings.defaultConcurrentUploads, importFolder: String? = nil,
                clock: @escaping @Sendable () -> Moment = SystemClock.now) {
        self.host = host
        self.port = port
        self.trustProxy = trustProxy
        self.sessionIdleSeconds = sessionIdleSeconds
        self.loginFailureLimit = loginFailureLimit
        self.lockoutSeconds = lockoutSeconds
        self.bcryptCost = bcryptCost
        self.maxUploadBytes = maxUploadBytes
        uploads = UploadSlots(limit: maxConcurrentUploads)
        self.importFolder = importFolder
        self.clock = clock
    }

    /// 200 MB, the default of `--max-upload`.
    public static let defaultMaxUpload: Int64 = 200 << 20
    /// 2, the default of `--max-concurrent-uploads`: an import keeps a core busy, and the machine
    /// also answers reads.
    public static let defaultConcurrentUploads = 2
}
