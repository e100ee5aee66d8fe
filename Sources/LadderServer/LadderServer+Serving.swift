import Hummingbird
import LadderKit
import Logging

extension LadderServer {
    /// Serves until SIGTERM or SIGINT. Request lines go to stderr at info level; the framework's
    /// own start-up chatter is kept to warnings, since `onReady` says where it listens.
    public static func serve(registry: Registry, settings: ServerSettings,
                             onReady: @escaping @Sendable (String) async -> Void) async throws {
        var requests = Logger(label: "ladder.serve") { StreamLogHandler.standardError(label: $0) }
        requests.logLevel = .info
        var framework = Logger(label: "ladder.http") { StreamLogHandler.standardError(label: $0) }
        framework.logLevel = .warning
        // No upload is in progress yet: whatever a stopped server spooled is garbage.
        let leftovers = (try? ImportFolder(settings: settings, registry: registry))?.removeLeftovers() ?? []
        let app = Application(router: router(registry: registry, settings: settings, logger: requests),
                              configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "ladder"),
                              onServerRunning: { [requests] channel in
                                  await onReady("http://\(settings.host):\(channel.localAddress?.port ?? settings.port)")
                                  if !leftovers.isEmpty {
                                      requests.notice("removed leftover upload files: \(leftovers.joined(separator: " "))")
                                  }
                              },
                              logger: framework)
        do {
            try await app.runService()
        } catch {
            throw ServeError.starting(error, address: "\(settings.host):\(settings.port)")
        }
    }
}
