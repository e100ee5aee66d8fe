import Foundation
import LadderKit

/// Answers to costly reads (counts over a national registry), kept until the registry changes: a
/// write by anyone — this server, another one, a `ladder` command — empties it. An answer computed
/// while a write landed is not kept, so a kept answer is always the registry's current one.
final class AnswerCache: @unchecked Sendable {
    private let counter: ChangeCounter?
    private let capacity: Int
    private let lock = NSLock()
    private var version: Int64?
    private var answers: [String: String] = [:]

    init(registry: Registry, capacity: Int = 512) {
        counter = ChangeCounter(watching: registry)
        self.capacity = capacity
    }

    /// The kept answer for `key`, else `compute()`'s, kept for the next request.
    func answer(_ key: String, compute: () throws -> String) throws -> String {
        guard let counter, let current = try? counter.version() else { return try compute() }
        let kept: String? = lock.withLock {
            if version != current {
                answers.removeAll()
                version = current
            }
            return answers[key]
        }
        if let kept { return kept }
        let text = try compute()
        lock.withLock {
            guard version == current else { return }
            if answers.count >= capacity { answers.removeAll() }
            answers[key] = text
        }
        return text
    }
}
