import ArgumentParser
import Foundation
import LadderKit

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample", abstract: "Write a synthetic Jiangxi roster CSV to try the tool on (deterministic).")

    @Option(help: "Data rows.") var rows: Int = 1000
    @Option(help: "Seed: the same seed writes the same file.") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Where to write it (default: standard output).", valueName: "file")) var out: String?

    func validate() throws {
        if let out { try OutputPath.check(out, allowed: ["csv", "txt"]) }
        guard rows >= 0 else { throw ValidationError("--rows must be 0 or more") }
    }

    func run() throws {
        try Failure.reporting {
            guard let out else {
                SampleRoster.write(rows: rows, seed: seed, to: FileHandle.standardOutput)
                return
            }
            try SampleRoster.write(rows: rows, seed: seed, to: out)
            Console.out(ImportText.sampleWritten.text(["count": rows, "path": out]))
        }
    }
}
