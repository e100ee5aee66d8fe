import ArgumentParser
import Foundation
import LadderKit

struct SampleCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "sample", abstract: ImportHelp.sampleAbstract.text())
    }

    @Option(help: ArgumentHelp(ImportHelp.sampleRows, kind: .rows)) var rows: Int = 1000
    @Option(help: ArgumentHelp(ImportHelp.sampleSeed, kind: .seed)) var seed: UInt64 = 1
    @Option(help: ArgumentHelp(ImportHelp.sampleOut, value: .file)) var out: String?

    func validate() throws {
        if let out { try OutputPath.check(out, allowed: ["csv", "txt"]) }
        guard rows >= 0 else { throw ValidationError(ValidationText.sampleRows.text()) }
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
