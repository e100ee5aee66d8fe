import ArgumentParser

@main
struct Ladder: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ladder",
        abstract: "Run the tiered cultivation of technology enterprises (梯次培育) on a local registry.",
        discussion: """
            The registry is one SQLite file: --db PATH, else $LADDER_DB, else ./ladder.sqlite.
            Days are YYYY-MM-DD (2023/5/6 and 2023年5月6日 are read too); "today" is the day in
            China (UTC+8). Exit status: 0 ok, 1 refused or failed, 64 usage error, 65 bad input data.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, AddCommand.self,
            AdmitCommand.self, CertifyCommand.self, SelectCommand.self,
            RevokeCommand.self, RenameCommand.self, RelocateCommand.self, VoidCommand.self,
            ShowCommand.self, ImportCommand.self, FactsCommand.self, CheckCommand.self, CandidatesCommand.self, PolicyCommand.self, ImportsCommand.self,
            LogCommand.self, VerifyCommand.self, BackupCommand.self, RestoreCommand.self,
        ]
    )
}
