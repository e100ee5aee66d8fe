import Hummingbird

/// Runs the rest of a request on `WaitingThreads`: added only when the registry is on a database
/// server, where a read waits on the network. A SQLite registry's reads are work for the CPU and
/// stay on the cooperative threads, which there are as many of as cores.
struct WaitingThreadsMiddleware: RouterMiddleware {
    typealias Context = ServerContext

    func handle(_ request: Request, context: ServerContext,
                next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        try await withTaskExecutorPreference(WaitingThreads.shared) {
            try await next(request, context)
        }
    }
}
