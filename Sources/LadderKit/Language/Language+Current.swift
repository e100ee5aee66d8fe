import Foundation

extension Language {
    /// The language for the work under way in this task (a server request in the reader's
    /// language); nil outside such a scope, where the process-wide choice applies.
    @TaskLocal public static var scoped: Language?

    /// The language of what is being shown now: the task's, else the process's.
    public static var current: Language { scoped ?? ProcessLanguage.shared.value }

    /// Sets the process-wide language, once, at start-up (the command line's choice). Threads the
    /// library starts (an import's reader) see it too, where a task-local would not reach.
    public static func setProcessDefault(_ language: Language) {
        ProcessLanguage.shared.value = language
    }
}

/// The process-wide language behind a lock: written once at start-up, read everywhere.
final class ProcessLanguage: @unchecked Sendable {
    static let shared = ProcessLanguage()
    private let lock = NSLock()
    private var stored = Language.en

    var value: Language {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
