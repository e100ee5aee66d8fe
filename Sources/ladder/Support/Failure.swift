import ArgumentParser
import Foundation
import LadderKit

/// Maps errors to messages on stderr and documented exit codes: 1 refused or failed, 65 bad data.
enum Failure {
    static let refused: Int32 = 1
    static let badData: Int32 = 65

    /// Runs a command body; library errors become one `ladder: …` line on stderr and an exit code.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch let error as RegistryError where error.isAlreadyRecorded {
            // Like a repeated certify: the record is there, so the command succeeded.
            Console.out(TerminalText.sanitizeLines(error.description))
        } catch let error as ValidationError {
            // Thrown while running, ArgumentParser would add the root command's usage, which helps
            // nobody: one line like every other refusal, with the usage status.
            Console.error(TerminalText.sanitizeLines(error.message))
            throw ExitCode(ExitCode.validationFailure.rawValue)
        } catch {
            throw ExitCode(report(error))
        }
    }

    /// Prints one `ladder: …` line for `error` and returns its exit code. SQLITE_BUSY becomes
    /// RegistryError.busy naming the lock's holder; data quoted in a message is shown with control
    /// characters escaped, never executed by the terminal.
    static func report(_ error: Error, prefix: String = "") -> Int32 {
        let error = RegistryError.explaining(error)
        Console.error(prefix + TerminalText.sanitizeLines(String(describing: error) + CommandHint.for(error)))
        return code(for: error)
    }

    static func code(for error: Error) -> Int32 {
        switch error {
        case ReadError.pdfToolMissing: return refused  // the machine lacks a tool; the file may be fine
        case is CreditCodeError, is NumberError, is RegionCodeError, is ReadError, is ImportError: return badData
        default: return refused
        }
    }
}
