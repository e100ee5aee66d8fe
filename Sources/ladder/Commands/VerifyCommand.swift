import ArgumentParser
import LadderKit

struct VerifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "verify", abstract: SystemHelp.verifyAbstract.text(),
                             discussion: SystemHelp.verifyDiscussion.text())
    }

    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let opened = try registry.open()
            let problems = try opened.verify()
            let counts = try opened.counts()
            for problem in problems { Console.out(TerminalText.sanitize(problem.description)) }
            guard problems.isEmpty else {
                Console.error(SystemText.verifyProblems.text(["path": registry.path, "count": problems.count, "counts": counts.summary]))
                throw ExitCode(Failure.refused)
            }
            Console.out(SystemText.verified.text(["counts": counts.summary]))
        }
    }
}
