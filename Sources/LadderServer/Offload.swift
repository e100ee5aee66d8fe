import Dispatch
import LadderKit

/// Work that blocks — a write waiting for the registry's write lock while an import holds it, a
/// bcrypt check — run on a thread of its own, never on the few cooperative threads that answer
/// every request (two on two cores: two blocked writes would stall all reads).
enum Offload {
    static func run<T: Sendable>(_ work: @escaping () throws -> T) async throws -> T {
        let box = UncheckedWork(work: work)
        // A task-local does not cross to a Dispatch thread: the request's language is carried over.
        let language = Language.scoped
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try Language.$scoped.withValue(language) { try box.work() } })
            }
        }
    }

    /// The closure handed to the other thread; it runs there once, after the caller suspended.
    private struct UncheckedWork<T>: @unchecked Sendable {
        let work: () throws -> T
    }
}
