import Foundation
import HummingbirdTesting
import LadderKit
import Testing

/// The API answers the CLI's JSON for the same question, byte for byte, and a city's counts equal
/// that city's row in the province's.
@Suite struct CLIJSONTests {
    static let times = ["--as-of", "2024-06-30", "--known-at", "2025-01-01"]

    @Test(arguments: ServerEngine.kinds)
    func showIsTheCLIsJSON(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        let cli = try LadderCLI.run(["show", ServerFixture.Firm.zhanggong.rawValue, "--format", "json"] + CLIJSONTests.times,
                                    db: fixture.db)
        #expect(cli.status == 0, "\(cli.stderr)")
        try await fixture.test { client async throws in
            let (headers, _) = try await client.session("ganzhou-viewer")
            let api = try await client.get(ScopeTests.firm(.zhanggong), headers)
            #expect(api.status == .ok)
            #expect(api.text == cli.stdout)
            #expect(api.text.contains("\"credit_code\"") || api.text.contains("91360722MA35G1YK7R"))
        }
    }

    @Test(arguments: ServerEngine.kinds)
    func statsIsTheCLIsJSON(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        let province = try LadderCLI.run(["stats", "--tier", "hnte", "--by", "city", "--format", "json"] + CLIJSONTests.times,
                                         db: fixture.db)
        let city = try LadderCLI.run(["stats", "--tier", "hnte", "--by", "county", "--region", "360700", "--format", "json"]
            + CLIJSONTests.times, db: fixture.db)
        #expect(province.status == 0 && city.status == 0, "\(province.stderr) \(city.stderr)")
        try await fixture.test { client async throws in
            let (sheng, _) = try await client.session("sheng-viewer")
            let all = try await client.get("/api/v1/stats?tier=hnte&by=city&\(ScopeTests.asOf)", sheng)
            #expect(all.text == province.stdout)
            let (ganzhou, _) = try await client.session("ganzhou-viewer")
            let own = try await client.get("/api/v1/stats?tier=hnte&by=county&\(ScopeTests.asOf)", ganzhou)
            #expect(own.text == city.stdout)
        }
    }

    /// 赣州市 holds three of the five firms (章贡区, 南康区 and 市本级); the city account counts the same.
    @Test(arguments: ServerEngine.kinds)
    func aCitysCountIsItsRowInTheProvinces(_ engine: ServerEngine) async throws {
        let fixture = try ServerFixture(on: engine)
        try await fixture.test { client async throws in
            let (sheng, _) = try await client.session("sheng-viewer")
            let rows = try JSONSerialization.jsonObject(
                with: Data(try await client.get("/api/v1/stats?tier=hnte&by=city&\(ScopeTests.asOf)", sheng).text.utf8))
                as? [[String: Any]] ?? []
            let ganzhouRow = rows.first { $0["code"] as? String == "360700" }
            #expect(ganzhouRow?["count"] as? Int == 3)
            #expect(rows.first { $0["code"] as? String == "360100" }?["count"] as? Int == 1)
            let (ganzhou, _) = try await client.session("ganzhou-viewer")
            let own = try JSONSerialization.jsonObject(
                with: Data(try await client.get("/api/v1/stats?tier=hnte&by=tier&\(ScopeTests.asOf)", ganzhou).text.utf8))
                as? [[String: Any]] ?? []
            #expect(own.count == 1)
            #expect(own.first?["count"] as? Int == 3)
        }
    }
}

/// Runs the built `ladder` binary beside the test bundle, as a user would.
struct LadderCLI {
    let status: Int32
    let stdout: String
    let stderr: String

    static let binary: URL = {
        let bundleDir = Bundle.main.bundleURL.deletingLastPathComponent()
        for dir in [bundleDir, Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("ladder")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        fatalError("ladder binary not found near \(bundleDir.path); run `swift build` first")
    }()

    static func run(_ args: [String], db: String) throws -> LadderCLI {
        var env = ProcessInfo.processInfo.environment
        env["LADDER_DB"] = db
        env["LADDER_OPERATOR"] = "e2e"
        let run = try ChildProcess.run(binary.path, args, environment: env)
        return LadderCLI(status: run.status, stdout: String(decoding: run.stdout, as: UTF8.self),
                         stderr: String(decoding: run.stderr, as: UTF8.self))
    }
}
