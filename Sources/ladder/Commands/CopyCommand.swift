import ArgumentParser
import LadderKit
import LadderPostgres

/// `ladder copy FROM TO`: a whole registry between SQLite and PostgreSQL.
struct CopyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "copy", abstract: SystemHelp.copyAbstract.text(),
                             discussion: SystemHelp.copyDiscussion.text())
    }

    @Argument(help: ArgumentHelp(SystemHelp.copySource, kind: .source)) var source: String
    @Argument(help: ArgumentHelp(SystemHelp.copyTarget, kind: .target)) var target: String

    func run() throws {
        try Failure.reporting {
            let from = try RegistryEndpoint(source), to = try RegistryEndpoint(target)
            let options = try RegistryOptions().openOptions()
            let counts = try RegistryCopy.run(from: from, to: to, options: options)
            Console.out(CopyText.copied.text(["source": from, "target": to, "counts": counts.summary]))
        }
    }
}
