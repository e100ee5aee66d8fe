import Foundation

/// Runs async work to its end from synchronous code (the CLI's commands, GRDB's transaction
/// closures), on Swift's shared executor while the calling thread waits. PostgresNIO runs on its
/// own event loop threads, so the waiting thread never starves it.
func blocking<T>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Outcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { outcome.result = .success(try await work()) } catch { outcome.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try outcome.result!.get()
}

/// The result handed from the task to the waiting thread; the semaphore orders the two accesses.
private final class Outcome<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
