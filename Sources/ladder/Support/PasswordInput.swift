import ArgumentParser
import Foundation
import LadderServer

/// A new password: the first line of stdin (--password-stdin), else asked twice on the terminal
/// without showing it. Never taken from the command line, where `ps` and the shell history see it.
enum PasswordInput {
    static func read(fromStdin: Bool) throws -> String {
        let password: String
        if fromStdin {
            guard let line = readLine(strippingNewline: true) else {
                throw ValidationError("--password-stdin found nothing on stdin; pipe the password in, e.g. from a file only you can read")
            }
            password = line
        } else {
            guard isatty(STDIN_FILENO) == 1 else {
                throw ValidationError("no terminal to ask the password on; pipe it in with --password-stdin")
            }
            let first = try ask("new password: ")
            guard try ask("the same again: ") == first else {
                throw ValidationError("the two passwords differ; nothing was changed, run the command again")
            }
            password = first
        }
        if let problem = Credentials.problem(withPassword: password) {
            throw ValidationError(problem + "; nothing was changed")
        }
        return password
    }

    /// Reads one line from the terminal with echo off, restoring the terminal afterwards.
    private static func ask(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else {
            throw ValidationError("no password was typed; nothing was changed")
        }
        return line
    }
}
