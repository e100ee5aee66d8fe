import Dispatch

/// Work that blocks — a write waiting for the registry's write lock while an import holds it, a
/// bcrypt check — run on a thread of its own, never on the few cooperative threads that answer
/// every request (two on two cores: two blocked writes would stall all reads).
enum Offload {
    static func run<T: Sendable>(_ work: @escaping () throws -> T) async throws -> T {
        let box = UncheckedWork(work: work)
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try box.work() }) }
        }
    }

    /// The closure handed to the other thread; it runs there once, after the caller suspended.
    private struct UncheckedWork<T>: @unchecked Sendable {
        let work: () throws -> T
    }
}
