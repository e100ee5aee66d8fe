import ArgumentParser
import LadderKit
import Foundation

@main
struct Ladder: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "ladder",
        abstract: CommandHelp.ladderAbstract.text(),
        discussion: CommandHelp.ladderDiscussion.text(),
        version: "0.1.0",
        subcommands: [
            // The registry and its history.
            InitCommand.self, AddCommand.self, ShowCommand.self, FindCommand.self,
            AdmitCommand.self, CertifyCommand.self, SelectCommand.self,
            RevokeCommand.self, RenameCommand.self, RelocateCommand.self, CorrectCommand.self, VoidCommand.self,
            // Files in.
            ImportCommand.self, BatchesCommand.self, SampleCommand.self, ImportsAliasCommand.self,
            // Rules.
            FactsCommand.self, CheckCommand.self, CandidatesCommand.self, PolicyCommand.self,
            // Figures out.
            StatsCommand.self, SeriesCommand.self, CohortCommand.self, FunnelCommand.self,
            ExpiringCommand.self, LapsedCommand.self, TargetsCommand.self, ExportCommand.self, ReportCommand.self,
            // System of record.
            VerifyCommand.self, BackupCommand.self, RestoreCommand.self, CopyCommand.self, LogCommand.self,
            // Serving a province.
            ServeCommand.self, AccountsCommand.self,
        ]
    ) }

    static func main() {
        let arguments = LanguageChoice.apply(to: Array(CommandLine.arguments.dropFirst()))
        if let problem = CommandSuggestion.problem(in: arguments, root: Ladder.self) {
            Console.error(problem)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(withTranslated: error)
        }
    }

    /// As the parser's own `exit(withError:)`, with its words in the reader's language: help and
    /// clean exits on standard output, everything else on standard error.
    static func exit(withTranslated error: Error) -> Never {
        let code = exitCode(for: error)
        let message = Language.current == .zh
            ? HelpLayout.wrapped(ParserText.translated(fullMessage(for: error, columns: Int.max / 2)))
            : fullMessage(for: error)
        if !message.isEmpty {
            if code == .success { Console.out(message) } else { Console.note(message) }
        }
        Foundation.exit(code.rawValue)
    }
}
