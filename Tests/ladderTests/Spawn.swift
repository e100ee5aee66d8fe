import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts a program with `posix_spawn` and collects what it writes. Foundation's `Process.run()` on
/// Linux (Swift 6.3.1) crashes now and then while it lists /proc/self/fd (swift-corelibs-foundation
/// #5472, an over-read fixed after this release), and this suite starts the `ladder` binary
/// hundreds of times in a process with many files open.
enum Spawn {
    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: Data
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String],
                    stdin: Data?) throws -> Result {
        let output = try pipe(), errors = try pipe()
        let input = stdin == nil ? nil : try pipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 leaves the copies open across exec; every end made here is close-on-exec otherwise.
        posix_spawn_file_actions_adddup2(&actions, output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, errors.write, 2)
        if let input { posix_spawn_file_actions_adddup2(&actions, input.read, 0) }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(output.write)
        close(errors.write)
        if let input { close(input.read) }
        guard spawned == 0 else {
            [output.read, errors.read].forEach { close($0) }
            if let input { close(input.write) }
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO)
        }
        if let input, let stdin {
            // Written on another thread: a large input would otherwise fill the pipe and wait forever.
            DispatchQueue.global().async {
                writeAll(stdin, to: input.write)
            }
        }
        let group = DispatchGroup()
        nonisolated(unsafe) var errorText = Data()
        DispatchQueue.global().async(group: group) {
            errorText = readAll(errors.read)
        }
        let outputText = readAll(output.read)
        group.wait()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // As Process: the exit code, or the signal that ended it.
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : status & 0x7f
        return Result(status: code, stdout: outputText, stderr: errorText)
    }

    /// Everything `descriptor` gives until its end, then closed. A read a signal interrupts is
    /// tried again: Foundation's `readDataToEndOfFile` traps on EINTR (`try!` in FileHandle.swift),
    /// which ended a whole test run once.
    private static func readAll(_ descriptor: Int32) -> Data {
        defer { close(descriptor) }
        var data = Data(), buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { data.append(contentsOf: buffer[..<count]) } else if count == 0 || errno != EINTR { return data }
        }
    }

    /// Writes all of `data` to `descriptor`, then closes it; an interrupted write is tried again.
    private static func writeAll(_ data: Data, to descriptor: Int32) {
        defer { close(descriptor) }
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count > 0 { offset += count } else if count < 0 && errno == EINTR { continue } else { return }
            }
        }
    }

    private static func pipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        // (pipe2 is not visible from Swift here; a child spawned in between may hold an end until it exits.)
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }
}
