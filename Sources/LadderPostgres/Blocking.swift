import Foundation

/// Runs async work to its end from synchronous code (the CLI's commands, GRDB's transaction
/// closures, tests) while the calling thread waits. The work runs on `BlockingExecutor`'s own
/// threads, never on Swift's shared cooperative pool: a caller blocking one of the pool's few
/// threads (2 on a 2-core machine) while its work waited for one would deadlock.
func blocking<T>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Outcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task(executorPreference: BlockingExecutor.shared) {
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

/// A task executor on a Dispatch queue of its own (threads outside the cooperative pool).
final class BlockingExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = BlockingExecutor()
    private let queue = DispatchQueue(label: "ladder.postgres.blocking", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
