import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LadderKit
import Testing

/// A `ladder serve` process on 127.0.0.1 and a port the system picks, on the registry `db`; stopped
/// (SIGTERM) when the test lets go of it. Requests carry an API token.
final class ServeProcess: @unchecked Sendable {
    let process: ChildProcess
    let url: String
    let token: String
    private let log: FileHandle

    init(db: String, token: String) throws {
        self.token = token
        var env = ProcessInfo.processInfo.environment
        env["LADDER_LANG"] = "en"
        process = try ChildProcess(LadderRun.binary.path, ["serve", "--listen", "127.0.0.1:0", "--db", db],
                                   environment: env, stdout: .discard, stderr: .pipe)
        log = FileHandle(fileDescriptor: process.errors!, closeOnDealloc: true)
        // The first line on stderr says where it listens.
        var first = Data()
        while !first.contains(UInt8(ascii: "\n")) {
            let chunk = log.availableData
            if chunk.isEmpty { break }
            first.append(chunk)
        }
        let line = String(decoding: first, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        guard line.hasPrefix("listening on ") else {
            process.send(SIGTERM)
            process.wait()
            throw ServeProcessFailed(line: line)
        }
        url = String(line.dropFirst("listening on ".count))
        // Keep reading its log, so the server never blocks on a full pipe.
        log.readabilityHandler = { handle in _ = handle.availableData }
    }

    deinit {
        log.readabilityHandler = nil
        process.send(SIGTERM)
        process.wait()
    }

    /// Cookies only as a test sends them: never kept, never added on their own (a cookie is for a
    /// host, not a port, so a shared jar would hand one server's cookie to the other by itself).
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpShouldSetCookies = false
        configuration.httpCookieStorage = nil
        return URLSession(configuration: configuration)
    }()

    /// Sends a request with the token; answers the status and the body.
    func send(_ method: String, _ path: String, json: String? = nil, headers: [String: String] = [:],
              bearer: Bool = true) async throws -> (status: Int, body: String, headers: [String: String]) {
        var request = URLRequest(url: URL(string: url + path)!)
        request.httpMethod = method
        if bearer { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let json {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(json.utf8)
        }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await ServeProcess.session.data(for: request)
        let http = response as? HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http?.allHeaderFields ?? [:] { fields[String(describing: name).lowercased()] = String(describing: value) }
        return (http?.statusCode ?? 0, String(decoding: data, as: UTF8.self), fields)
    }
}

struct ServeProcessFailed: Error {
    let line: String
}

/// A PostgreSQL registry made by `ladder init`, with a province editor whose API token the servers use.
struct ServedDatabase {
    let scratch: PostgresScratch
    let token: String

    init() throws {
        scratch = try PostgresScratch()
        let db = scratch.url
        let initialised = try LadderRun.run(["init"], db: db)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        let added = try LadderRun.run(["accounts", "add", "sheng-editor", "--role", "editor", "--region", "360000",
                                       "--password-stdin"], db: db, stdin: Data("correct-horse-1\n".utf8))
        #expect(added.status == 0, "\(added.stderr)")
        let minted = try LadderRun.run(["accounts", "token", "sheng-editor"], db: db)
        #expect(minted.status == 0, "\(minted.stderr)")
        token = minted.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var db: String { scratch.url }

    func server() throws -> ServeProcess { try ServeProcess(db: db, token: token) }
}
