import ArgumentParser
import Foundation
import LadderKit
import LadderPostgres

/// Where the registry is: --db, else $LADDER_DB, else ./ladder.sqlite.
struct RegistryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(OptionHelp.db, more: OptionHelp.dbMore, value: .path))
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["LADDER_DB"] ?? "ladder.sqlite" }

    /// Whether the registry is a PostgreSQL database (`postgres://…`) rather than a SQLite file.
    var isPostgres: Bool { PostgresAddress.isAddress(path) }

    /// The commands that run on a PostgreSQL registry so far; the others refuse its address up front,
    /// naming these, instead of taking it for a file's path.
    static let onServer = ["init", "copy", "stats", "series", "cohort", "funnel", "expiring", "lapsed",
                           "add", "admit", "certify", "select", "revoke", "rename", "relocate", "void", "correct",
                           "facts", "policy", "accounts", "show", "check", "find", "log", "verify", "import", "serve",
                           "targets", "report", "export", "batches", "candidates"]

    /// Hidden former names of commands, which run wherever the command does.
    static let formerNames = ["imports": "batches"]

    /// The subcommand this process runs (its first argument that names one).
    static var commandName: String {
        let names = Set(Ladder.configuration.subcommands.map { $0._commandName })
        return CommandLine.arguments.dropFirst().first { names.contains($0) } ?? "…"
    }

    /// Refuses a PostgreSQL registry for a command that works on SQLite files only (`backup`, `restore`).
    func requireSQLite() throws {
        let name = RegistryOptions.commandName
        guard isPostgres, !RegistryOptions.onServer.contains(RegistryOptions.formerNames[name] ?? name) else { return }
        Console.error(PostgresText.sqliteFilesOnly.text(["command": RegistryOptions.commandName]))
        throw ExitCode(Failure.refused)
    }

    /// Opens an existing registry: a PostgreSQL address for the commands that run on one (the
    /// schema is checked on first use), else a file; a missing file is an error that says how to
    /// create one.
    func open() throws -> Registry {
        try requireSQLite()
        if isPostgres { return Registry(engine: PostgresEngine(try PostgresAddress(path))) }
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error("no registry at \(path); create one with `ladder init --db \(path)` or set $LADDER_DB")
            throw ExitCode(Failure.refused)
        }
        return try Registry.open(path: path, options: try openOptions())
    }

    /// Opens the registry for a read known at `knownAt` (when given), saying on stderr when nothing
    /// had been recorded by then: every figure is then zero, which is the right answer but a surprise.
    func open(knownAt: Moment?) throws -> Registry {
        let registry = try open()
        if let knownAt { try RegistryOptions.noteEmpty(before: knownAt, first: try registry.firstRecordedAt()) }
        return registry
    }

    static func noteEmpty(before knownAt: Moment, first: Moment?) throws {
        if let first, knownAt < first {
            Console.note("note: nothing had been recorded by \(knownAt.iso) (the first record is \(first.iso)); "
                + "known then, the registry was empty")
        }
    }

    /// How this process opens registries: writes wait $LADDER_BUSY_TIMEOUT seconds (default 10)
    /// for another writer; the lock-holder sidecar names this operator and command line; a
    /// schema upgrade is said on stderr.
    func openOptions() throws -> OpenOptions {
        OpenOptions(busyTimeout: try RegistryOptions.busyTimeout(), operatorName: RegistryOptions.operatorName,
                    command: CommandLineText.current, clock: { Clock.now() }, notice: { Console.note("note: " + $0) })
    }

    static func busyTimeout() throws -> TimeInterval {
        guard let text = ProcessInfo.processInfo.environment["LADDER_BUSY_TIMEOUT"], !text.isEmpty else {
            return Registry.busyTimeout
        }
        guard let seconds = Double(text), seconds.isFinite, seconds >= 0 else {
            throw ValidationError(ValidationText.busyTimeout.text(["text": text]))
        }
        return seconds
    }

    /// The operator as the write options resolve it (--operator, $LADDER_OPERATOR, login name),
    /// read from the command line because this option group does not own --operator.
    static var operatorName: String {
        let args = Array(CommandLine.arguments.dropFirst())
        var flag: [String] = []
        if let i = args.firstIndex(of: "--operator"), i + 1 < args.count {
            flag = ["--operator", args[i + 1]]
        } else if let given = args.first(where: { $0.hasPrefix("--operator=") }) {
            flag = [given]
        }
        return ((try? RecordOptions.parse(flag)) ?? (try? RecordOptions.parse([])))?.resolvedOperator ?? "unknown"
    }
}
