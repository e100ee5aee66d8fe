import ArgumentParser
import Foundation
import LadderKit
import LadderServer

/// A new password: the first line of stdin (--password-stdin), else asked twice on the terminal
/// without showing it. Never taken from the command line, where `ps` and the shell history see it.
enum PasswordInput {
    static func read(fromStdin: Bool) throws -> String {
        let password: String
        if fromStdin {
            guard let line = readLine(strippingNewline: true) else {
                throw ValidationError(AccountText.noPasswordOnStdin.text())
            }
            password = line
        } else {
            guard isatty(STDIN_FILENO) == 1 else {
                throw ValidationError(AccountText.noTerminal.text())
            }
            let first = try ask(AccountText.askPassword.text())
            guard try ask(AccountText.askAgain.text()) == first else {
                throw ValidationError(AccountText.passwordsDiffer.text())
            }
            password = first
        }
        if Credentials.problem(withPassword: password) != nil {
            // The server's rule, said in the reader's language (the server's own sentence is English).
            let problem = password.count < Credentials.minimumPasswordLength
                ? AccountText.passwordTooShort.text(["minimum": Credentials.minimumPasswordLength]) : AccountText.passwordTooLong.text()
            throw ValidationError(problem + AccountText.nothingChanged.text())
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
            throw ValidationError(AccountText.noPasswordTyped.text())
        }
        return line
    }
}
