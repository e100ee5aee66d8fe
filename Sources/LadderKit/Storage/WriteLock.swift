import Foundation

/// The sidecar file `REGISTRY.lock-holder` that names who holds the registry's write lock.
///
/// SQLite's lock itself is anonymous. Each ladder process writes this file (pid, operator,
/// command, since) when its write transaction makes its first change, and removes it as the
/// transaction ends; a writer that waits longer than the busy timeout reads it to say whom it
/// waited for. The file is advice for people, never a lock: a holder killed mid-transaction
/// leaves it behind, and the next writer overwrites it.
public enum WriteLock {
    /// `ladder.sqlite` → `ladder.sqlite.lock-holder`.
    public static func sidecarPath(ofRegistry path: String) -> String { path + ".lock-holder" }

    /// The recorded holder of `path`'s write lock, if one is recorded and its process still runs.
    public static func holder(ofRegistry path: String) -> WriteLockHolder? {
        guard let data = FileManager.default.contents(atPath: sidecarPath(ofRegistry: path)),
              let holder = try? JSONDecoder().decode(WriteLockHolder.self, from: data),
              holder.isRunning else { return nil }
        return holder
    }

    /// Writes the sidecar atomically (a reader never sees half a file), mode 0660.
    static func record(_ holder: WriteLockHolder, registry path: String) {
        let target = sidecarPath(ofRegistry: path)
        let temporary = target + ".\(holder.pid).tmp"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(holder) else { return }
        unlink(temporary)
        guard (try? RegistryFile.createPrivately(temporary)) == true,
              let handle = FileHandle(forWritingAtPath: temporary) else { return }
        handle.write(data)
        try? handle.close()
        if rename(temporary, target) != 0 { unlink(temporary) }
    }

    /// Removes the sidecar if it is still the one `holder` wrote.
    static func clear(_ holder: WriteLockHolder, registry path: String) {
        let target = sidecarPath(ofRegistry: path)
        guard let data = FileManager.default.contents(atPath: target),
              let recorded = try? JSONDecoder().decode(WriteLockHolder.self, from: data),
              recorded.token == holder.token else { return }
        unlink(target)
    }
}

extension WriteLock {
    /// A writer that gave up waiting for the lock: noted by the busy handler when it gives up,
    /// read when the resulting SQLITE_BUSY is explained as `RegistryError.busy`.
    struct Refusal: Sendable {
        let registry: String
        let holder: WriteLockHolder?
        let waited: TimeInterval
    }

    private final class RefusalBox: @unchecked Sendable {
        let lock = NSLock()
        var last: Refusal?
    }

    private static let refusals = RefusalBox()

    static func noteRefusal(_ refusal: Refusal) {
        refusals.lock.withLock { refusals.last = refusal }
    }

    static var lastRefusal: Refusal? {
        refusals.lock.withLock { refusals.last }
    }
}
