import Foundation
import LadderKit
import Testing

/// Runs the built `ladder` binary, as a user would, and captures what it printed.
struct LadderRun {
    let status: Int32
    let stdout: String
    let stderr: String

    /// The `ladder` executable beside the test bundle.
    static let binary: URL = {
        let bundleDir = Bundle.main.bundleURL.deletingLastPathComponent()
        for dir in [bundleDir, Bundle.main.bundleURL,
                    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("ladder")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        fatalError("ladder binary not found near \(bundleDir.path); run `swift build` first")
    }()

    /// Runs `ladder args…` with `$LADDER_DB` set to `db` and a fixed operator.
    static func run(_ args: [String], db: String, environment: [String: String] = [:], stdin: Data? = nil,
                    directory: String? = nil) throws -> LadderRun {
        var env = ProcessInfo.processInfo.environment
        env["LADDER_DB"] = db
        env["LADDER_OPERATOR"] = "e2e"
        env["LADDER_LANG"] = "en"  // the expected texts are English unless a test asks for Chinese
        for (key, value) in environment { env[key] = value }
        let result = try ChildProcess.run(binary.path, args, environment: env, directory: directory, stdin: stdin)
        return LadderRun(status: result.status, stdout: String(decoding: result.stdout, as: UTF8.self),
                         stderr: String(decoding: result.stderr, as: UTF8.self))
    }

    /// A new registry made by `ladder init`, with `roster` written beside it as roster.csv.
    static func initialised(with roster: String) throws -> (dir: TemporaryDirectory, db: String, file: String) {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        let file = dir.path("roster.csv")
        try Data(roster.utf8).write(to: URL(fileURLWithPath: file))
        let run = try run(["init"], db: db)
        #expect(run.status == 0, "\(run.stderr)")
        return (dir, db, file)
    }
}

/// A temporary directory removed when the test ends.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}
