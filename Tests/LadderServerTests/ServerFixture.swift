import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LadderKit
import LadderServer
import Logging
import NIOCore

/// A registry (a file, or a PostgreSQL database) with five 高新技术企业 in known places and accounts
/// of every role for several regions, served through the router (no sockets) on a clock the test moves.
final class ServerFixture: @unchecked Sendable {
    static let password = "correct-horse-1"
    /// Firms, all certified 高新技术企业 on 2023-11-22 (valid on 2024-06-30), by where they are.
    enum Firm: String, CaseIterable, Sendable {
        case zhanggong = "91360722MA35G1YK7R"  // 章贡区 360702, a county of 赣州
        case nankang = "9136060006346630XD"    // 南康区 360703, its sibling county
        case ganzhou = "914403001922038216"    // 赣州市 360700 itself (市本级)
        case donghu = "91440300708461136T"     // 东湖区 360102, in 南昌
        case xinqu = "91361027MA10000096"      // 赣江新区

        var location: Location {
            switch self {
            case .zhanggong: return Location(division: RegionCode(trusted: "360702"))
            case .nankang: return Location(division: RegionCode(trusted: "360703"))
            case .ganzhou: return Location(division: RegionCode(trusted: "360700"))
            case .donghu: return Location(division: RegionCode(trusted: "360102"))
            case .xinqu: return Location(division: RegionCode(trusted: "360104"), zone: .ganjiang)
            }
        }
    }

    let folder: URL
    let registry: Registry
    /// The PostgreSQL database the registry lives in; nil for a file.
    let database: ServerDatabase?
    let clock = TestClock(Moment(parsing: "2025-01-01T00:00:00Z", defaultOffsetSeconds: 0)!)
    var trustProxy = false

    var path: String { folder.appendingPathComponent("r.sqlite").path }
    /// The registry's address for `--db`: the file's path, or the PostgreSQL database's address.
    var db: String { database?.address.description ?? path }

    init(on engine: ServerEngine = .sqlite) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        switch engine {
        case .sqlite:
            database = nil
            registry = try Registry.open(path: folder.appendingPathComponent("r.sqlite").path)
        case .postgres:
            let database = try ServerDatabase()
            self.database = database
            registry = database.registry()
        }
        let written = WriteContext(operatorName: "tester", at: Moment(parsing: "2024-01-02T00:00:00Z", defaultOffsetSeconds: 0)!,
                                   command: "test", override: "recorded as published")
        for (index, firm) in Firm.allCases.enumerated() {
            let code = try CreditCode(firm.rawValue)
            _ = try registry.add(code, name: "企业\(firm)", location: firm.location, context: written)
            _ = try registry.certify(code, number: try CertificateNumber("GR20233600010\(index + 1)"),
                                     issued: Day(iso: "2023-11-22")!, context: written)
        }
        let hash = Credentials.hash(password: ServerFixture.password, cost: 4)
        for (name, region) in [("sheng", Region.province), ("ganzhou", try Region(parsing: "360700")),
                               ("zhanggong", try Region(parsing: "360702")), ("xinqu", Region.zone(.ganjiang))] {
            for role in AccountRole.allCases {
                try registry.addAccount(name: "\(name)-\(role.rawValue)", role: role, region: region, passwordHash: hash,
                                        context: written)
            }
        }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var settings: ServerSettings {
        // The imports' folder inside the test's own (beside r.sqlite on a file; a server's registry has no file).
        ServerSettings(trustProxy: trustProxy, bcryptCost: 4,
                       importFolder: database == nil ? nil : folder.appendingPathComponent("imports").path,
                       clock: { [clock] in clock.now })
    }

    /// Runs `body` against the router, on `registry` (another server's, for a test of two), else the fixture's.
    func test<Value: Sendable>(on registry: Registry? = nil,
                               _ body: @Sendable @escaping (any TestClientProtocol) async throws -> Value) async throws -> Value {
        var logger = Logger(label: "ladder.test")
        logger.logLevel = .critical
        let app = Application(router: LadderServer.router(registry: registry ?? self.registry, settings: settings, logger: logger),
                              logger: logger)
        return try await app.test(.router, body)
    }
}

/// A clock the test sets; the server reads it as its only "now".
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var moment: Moment

    init(_ moment: Moment) { self.moment = moment }

    var now: Moment {
        get { lock.withLock { moment } }
        set { lock.withLock { moment = newValue } }
    }

    func set(_ iso: String) { now = Moment(parsing: iso, defaultOffsetSeconds: 0)! }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// `ladder_session=…` from Set-Cookie, ready to send back as a Cookie header.
    var sessionCookie: String? {
        headers[.setCookie].flatMap { $0.split(separator: ";").first.map(String.init) }
    }

    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}

extension TestClientProtocol {
    func get(_ uri: String, _ headers: HTTPFields = [:]) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: headers)
    }

    func login(_ username: String, password: String = ServerFixture.password, headers: HTTPFields = [:])
        async throws -> TestResponse {
        let body = try JSONSerialization.data(withJSONObject: ["username": username, "password": password])
        var headers = headers
        headers[.contentType] = "application/json"
        return try await execute(uri: "/api/v1/session", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    /// Signs in and answers the headers that authenticate later requests by cookie.
    func session(_ username: String) async throws -> (headers: HTTPFields, csrf: String) {
        let response = try await login(username)
        guard let cookie = response.sessionCookie, let csrf = response.json["csrf_token"] as? String else {
            throw SignInFailed(status: response.status.code, body: response.text)
        }
        return ([.cookie: cookie], csrf)
    }
}

struct SignInFailed: Error {
    var status: Int
    var body: String
}
