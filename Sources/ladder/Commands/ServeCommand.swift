import ArgumentParser
import Foundation
import LadderKit
import LadderServer

struct ServeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "serve", abstract: ServeHelp.serveAbstract.text(),
                             discussion: ServeHelp.serveDiscussion.text())
    }

    @Option(help: ArgumentHelp(ServeHelp.listen, value: .hostPort))
    var listen = "127.0.0.1:8080"
    @Flag(name: .customLong("trust-proxy"), help: ArgumentHelp(ServeHelp.trustProxy, more: ServeHelp.trustProxyMore))
    var trustProxy = false
    @Option(name: .customLong("max-upload"), help: ArgumentHelp(ServeHelp.maxUpload, value: .size))
    var maxUpload = "200MB"
    @Option(name: .customLong("max-concurrent-uploads"), help: ArgumentHelp(ServeHelp.maxConcurrentUploads, value: .n))
    var maxConcurrentUploads = ServerSettings.defaultConcurrentUploads
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        _ = try address()
        _ = try uploadLimit()
        guard (1...64).contains(maxConcurrentUploads) else {
            throw ValidationError(ValidationText.maxConcurrentUploads.text())
        }
    }

    func run() throws {
        try Failure.reporting {
            let (host, port) = try address()
            let opened = try registry.open()
            // A PostgreSQL registry is reached (and its schema checked) now, not at the first request:
            // a wrong address or a database without a registry stops the server before it listens.
            if registry.isPostgres { _ = try opened.firstRecordedAt() }
            let settings = ServerSettings(host: host, port: port, trustProxy: trustProxy, maxUploadBytes: try uploadLimit(),
                                          maxConcurrentUploads: maxConcurrentUploads)
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
            throw ValidationError(ValidationText.maxUpload.text(["text": maxUpload]))
        }
        return bytes
    }

    private func address() throws -> (String, Int) {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
              (0...65535).contains(port), colon != listen.startIndex else {
            throw ValidationError(ValidationText.listen.text(["text": listen]))
        }
        return (String(listen[..<colon]), port)
    }
}

/// The error the server task ended with, handed back to the waiting command.
final class ServeOutcome: @unchecked Sendable {
    var error: Error?
}
