import ArgumentParser
import Foundation
import LadderKit

/// Where the registry is: --db, else $LADDER_DB, else ./ladder.sqlite.
struct RegistryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Registry file.", discussion: "Default: $LADDER_DB, else ./ladder.sqlite.",
                                            valueName: "path"))
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["LADDER_DB"] ?? "ladder.sqlite" }

    /// Opens an existing registry; a missing file is an error that says how to create one.
    func open() throws -> Registry {
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error("no registry at \(path); create one with `ladder init --db \(path)` or set $LADDER_DB")
            throw ExitCode(Failure.refused)
        }
        return try Registry.open(path: path)
    }
}
