import Foundation
import Testing
@testable import LadderKit

/// Starting programs without Foundation's `Process`: streams, environment, working directory,
/// signals and how a program ended.
@Suite struct ChildProcessTests {
    @Test func collectsBothStreamsAndTheExitCode() throws {
        let run = try ChildProcess.run("/bin/sh", ["-c", "printf 'out'; printf 'err' >&2; exit 3"])
        #expect(run.ending == .exited(3))
        #expect(run.status == 3)
        #expect(String(decoding: run.stdout, as: UTF8.self) == "out")
        #expect(String(decoding: run.stderr, as: UTF8.self) == "err")
    }

    /// 1 MiB, far more than a pipe holds: written on one thread while the output is read on another.
    @Test func aLargeInputComesBackWhole() throws {
        let input = Data((0..<1_048_576).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let run = try ChildProcess.run("/bin/cat", [], stdin: input)
        #expect(run.ending == .exited(0))
        #expect(run.stdout == input)
    }

    @Test func withoutAnInputItReadsNothing() throws {
        let run = try ChildProcess.run("/usr/bin/wc", ["-c"])
        #expect(String(decoding: run.stdout, as: UTF8.self) == "0\n")
    }

    @Test func theEnvironmentGivenIsTheWholeEnvironment() throws {
        let run = try ChildProcess.run("/usr/bin/env", [], environment: ["LADDER_DB": "/tmp/r.sqlite", "LANG": "C"])
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").sorted()
        #expect(lines == ["LADDER_DB=/tmp/r.sqlite", "LANG=C"])
    }

    @Test func withoutAnEnvironmentItHasThisProcesssOwn() throws {
        let run = try ChildProcess.run("/bin/sh", ["-c", "printf '%s' \"$PATH\""])
        #expect(String(decoding: run.stdout, as: UTF8.self) == ProcessInfo.processInfo.environment["PATH"])
    }

    @Test func runsInTheDirectoryGiven() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ChildProcess.run("/bin/pwd", ["-P"], directory: folder.path)
        #expect(String(decoding: run.stdout, as: UTF8.self) == folder.resolvingSymlinksInPath().path + "\n")
        #expect(throws: POSIXError.self) {
            _ = try ChildProcess.run("/bin/pwd", [], directory: folder.path + "/absent")
        }
    }

    @Test func writesAnOutputToAFileMadeEmptyFirst() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Data("an earlier, longer run's log\n".utf8).write(to: URL(fileURLWithPath: file))
        let child = try ChildProcess("/bin/sh", ["-c", "echo said >&2"], stdout: .discard, stderr: .file(file))
        #expect(child.wait() == .exited(0))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "said\n")
    }

    @Test func aSignalEndsItAndIsReported() throws {
        let child = try ChildProcess("/bin/sleep", ["30"])
        #expect(child.isRunning)
        child.send(SIGTERM)
        #expect(child.wait() == .signalled(SIGTERM))
        #expect(child.wait().code == SIGTERM)
        #expect(!child.isRunning)
        child.send(SIGKILL)  // reaped already: nothing is sent to a pid that may have been reused
    }

    /// A signal this process ignores (a server ignores SIGPIPE) is at its default in the child: a
    /// pdftotext whose reader has gone must end, not write on forever.
    @Test func signalsStartAtTheirDefaults() throws {
        let before = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, before) }
        let run = try ChildProcess.run("/bin/sh", ["-c", "kill -PIPE $$; echo survived"])
        #expect(run.ending == .signalled(SIGPIPE))
        #expect(run.stdout.isEmpty)
    }

    @Test func aMissingProgramIsAnError() {
        #expect(throws: POSIXError(.ENOENT)) {
            _ = try ChildProcess("/nonexistent/pdftotext", [])
        }
    }
}
