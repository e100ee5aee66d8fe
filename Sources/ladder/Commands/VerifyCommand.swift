import ArgumentParser
import LadderKit

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check the registry for damage and for data written around ladder.",
        discussion: """
            Checks the file's integrity, foreign keys, the append-only triggers and the indexes, every void's \
            and revocation's target, that no certificate or 入库 number is held by two firms, and that stored \
            facts and policies still read. Prints each problem on its own line and exits 1 when there is any. \
            Reads one snapshot: other processes may keep writing meanwhile.
            """)

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
