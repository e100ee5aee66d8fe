import ArgumentParser
import Foundation
import LadderKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export the firms holding a valid qualification on a day.",
        discussion: """
            One row per firm: credit code, current name, city, county, number, start, end. A CSV written \
            with --out starts with a UTF-8 byte order mark so Excel opens it correctly; --format xlsx \
            writes a workbook with Chinese headers and the code columns typed as text.
            """)

    @Option(help: "The tier to export.") var tier: Tier
    @Option(help: "File format.") var format: ExportFormat = .csv
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var out: String?
    @OptionGroup var times: TimeOptions
    @OptionGroup var registry: RegistryOptions

    func validate() throws {
        if !format.isText, out == nil { throw ValidationError("--format \(format.rawValue) needs --out FILE") }
    }

    func run() throws {
        try Failure.reporting {
            let report = try registry.open().export(tier: tier, asOf: times.day, knownAt: times.moment)
            guard let out else {
                FileHandle.standardOutput.write(report.exportData(format))
                return
            }
            try report.write(format, to: URL(fileURLWithPath: out))
            Console.note("wrote \(report.rows.count) firms to \(out)")
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
