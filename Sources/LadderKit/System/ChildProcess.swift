import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program started with `posix_spawn`, each standard stream given as a pipe, /dev/null or this
/// process's own. Not Foundation's `Process`: on Linux (Swift 6.3.1) its `run()` now and then faults
/// while it lists /proc/self/fd (swift-corelibs-foundation #5472, fixed after this release), which
/// can end `ladder import list.pdf` before a row is read.
package final class ChildProcess: @unchecked Sendable {
    package enum Stream: Sendable {
        case inherit, discard, pipe
        /// Written to the file at this path, made empty first (output streams only).
        case file(String)
    }

    /// How it ended.
    package enum Ending: Equatable, Sendable {
        case exited(Int32)
        case signalled(Int32)

        /// As Foundation's `terminationStatus`: the exit code, or the signal's number.
        package var code: Int32 {
            switch self {
            case .exited(let code), .signalled(let code): code
            }
        }
    }

    /// What `run` collected.
    package struct Output: Sendable {
        package let ending: Ending
        package let stdout: Data
        package let stderr: Data
        package var status: Int32 { ending.code }
    }

    package let pid: pid_t
    /// The write end of its standard input (`.pipe`): the caller's to write and close.
    package let input: Int32?
    /// The read ends of its standard output and error (`.pipe`): the caller's to read and close.
    package let output: Int32?
    package let errors: Int32?

    private let lock = NSLock()
    private var ending: Ending?

    /// Starts `executable` (a path; `PATH` is not searched). `environment` nil passes this process's
    /// own; `directory` nil leaves the working directory as it is. Signals start at their defaults
    /// and unblocked, whatever this process ignores or blocks.
    package init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                 directory: String? = nil, stdin: Stream = .discard, stdout: Stream = .inherit,
                 stderr: Stream = .inherit) throws {
        var opened: [Int32] = []
        func pipe() throws -> (read: Int32, write: Int32) {
            var ends: [Int32] = [0, 0]
            guard Glibc.pipe(&ends) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            // Close-on-exec, so that no other child keeps an end open. (pipe2 is not visible from
            // Swift here: a child another thread starts between the two calls keeps the ends until it exits.)
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            opened += ends
            return (ends[0], ends[1])
        }
        defer { opened.forEach { close($0) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var kept: [Int32?] = [nil, nil, nil]
        for (target, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            switch stream {
            case .inherit:
                continue
            case .discard:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
            case .file(let path):
                posix_spawn_file_actions_addopen(&actions, target, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            case .pipe:
                let ends = try pipe()
                // dup2 leaves the copy open across exec; the ends themselves close there.
                posix_spawn_file_actions_adddup2(&actions, target == 0 ? ends.read : ends.write, target)
                kept[Int(target)] = target == 0 ? ends.write : ends.read
            }
        }
        if let directory {
            guard let addChdir = ChildProcess.addChdir else { throw POSIXError(.ENOSYS) }
            addChdir(&actions, directory)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { (argv + (envp ?? [])).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = envp == nil
            ? posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
            : posix_spawn(&pid, executable, &actions, &attributes, argv, envp!)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        // Ours to keep: the ends the child does not use.
        opened.removeAll { kept.contains($0) }
        self.pid = pid
        (input, output, errors) = (kept[0], kept[1], kept[2])
    }

    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// glibc's `posix_spawn_file_actions_addchdir_np` (2.29 and later), which Swift's Glibc module
    /// does not declare.
    private static let addChdir: AddChdir? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: AddChdir.self)
    }()

    /// Whether it has not ended yet (it is reaped when it has).
    package var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        return reap(blocking: false) == nil
    }

    /// Sends it `signal` (SIGTERM, SIGKILL, …), unless it has already been reaped.
    package func send(_ signal: Int32) {
        lock.lock()
        defer { lock.unlock() }
        if ending == nil { kill(pid, signal) }
    }

    /// Waits until it ends.
    @discardableResult
    package func wait() -> Ending {
        lock.lock()
        defer { lock.unlock() }
        return reap(blocking: true)!
    }

    private func reap(blocking: Bool) -> Ending? {
        if let ending { return ending }
        var status: Int32 = 0
        while true {
            let got = waitpid(pid, &status, blocking ? 0 : WNOHANG)
            if got == pid { break }
            if got == 0 || (got == -1 && errno != EINTR) { return nil }
        }
        let ended: Ending = (status & 0x7f) == 0 ? .exited((status >> 8) & 0xff) : .signalled(status & 0x7f)
        ending = ended
        return ended
    }

    /// Starts `executable`, gives it `stdin` (none: /dev/null), and collects everything it writes
    /// to its standard output and error until it ends.
    package static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                            directory: String? = nil, stdin: Data? = nil) throws -> Output {
        let child = try ChildProcess(executable, arguments, environment: environment, directory: directory,
                                     stdin: stdin == nil ? .discard : .pipe, stdout: .pipe, stderr: .pipe)
        if let input = child.input, let stdin {
            // On a thread of its own: a large input would otherwise fill the pipe and wait forever.
            DispatchQueue.global().async { writeAll(stdin, to: input) }
        }
        let group = DispatchGroup()
        nonisolated(unsafe) var errorText = Data()
        DispatchQueue.global().async(group: group) { errorText = readAll(child.errors!) }
        let outputText = readAll(child.output!)
        group.wait()
        return Output(ending: child.wait(), stdout: outputText, stderr: errorText)
    }

    /// Everything `descriptor` gives until its end, then closed. A read a signal interrupts is tried
    /// again (Foundation's `readDataToEndOfFile` traps on EINTR).
    package static func readAll(_ descriptor: Int32) -> Data {
        defer { close(descriptor) }
        var data = Data(), buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[..<count])
            } else if count == 0 || errno != EINTR {
                return data
            }
        }
    }

    /// Writes all of `data` to `descriptor`, then closes it; an interrupted write is tried again.
    package static func writeAll(_ data: Data, to descriptor: Int32) {
        defer { close(descriptor) }
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count > 0 {
                    offset += count
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
