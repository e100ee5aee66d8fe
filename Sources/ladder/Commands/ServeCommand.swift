import ArgumentParser
import Foundation
import LadderKit
import LadderServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the registry over HTTP to the accounts of a province (JSON API under /api/v1).",
        discussion: """
            Accounts come from `ladder accounts add`. The command line keeps working on the same \
            registry meanwhile. SIGTERM or Ctrl-C stops it after the requests in flight. Files imported \
            through the API are spooled, and each batch's rejects and problems kept, in REGISTRY.imports \
            beside the registry.
            """)

    @Option(help: ArgumentHelp("Address and port to listen on.", valueName: "host:port"))
    var listen = "127.0.0.1:8080"
    @Flag(name: .customLong("trust-proxy"), help: ArgumentHelp(
        "Behind a reverse proxy: take the client from X-Forwarded-For and https from X-Forwarded-Proto.",
        discussion: "Only when a proxy such as nginx is the only way in; otherwise any client could forge them."))
    var trustProxy = false
    @Option(name: .customLong("max-upload"), help: ArgumentHelp(
        "The largest file an import through the API may upload (e.g. 200MB, 1GB); larger is refused with 413.",
        valueName: "size"))
    var maxUpload = "200MB"
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        _ = try address()
        _ = try uploadLimit()
    }

    func run() throws {
        try Failure.reporting {
            let (host, port) = try address()
            let opened = try registry.open()
            let settings = ServerSettings(host: host, port: port, trustProxy: trustProxy, maxUploadBytes: try uploadLimit())
            let done = DispatchSemaphore(value: 0)
            let outcome = ServeOutcome()
            Task {
                do {
                    try await LadderServer.serve(registry: opened, settings: settings) { url in
                        Console.note(SystemText.listening.text(["url": url]))
                    }
                } catch {
                    outcome.error = error
                }
                done.signal()
            }
            done.wait()
            if let error = outcome.error { throw error }
        }
    }

    private func uploadLimit() throws -> Int64 {
        guard let bytes = ServerSettings.uploadLimit(parsing: maxUpload) else {
            throw ValidationError(UsageErrorText.maxUpload.text(["value": maxUpload]))
        }
        return bytes
    }

    private func address() throws -> (String, Int) {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
              (0...65535).contains(port), colon != listen.startIndex else {
            throw ValidationError(UsageErrorText.listen.text(["value": listen]))
        }
        return (String(listen[..<colon]), port)
    }
}

/// The error the server task ended with, handed back to the waiting command.
final class ServeOutcome: @unchecked Sendable {
    var error: Error?
}
