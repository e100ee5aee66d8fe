import ArgumentParser
import Foundation
import LadderKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export the firms holding a valid qualification on a day.",
        discussion: """
            One row per firm: credit code, current name, city, county, number, start, end. A CSV written \
            with --out starts with a UTF-8 byte order mark so Excel opens it correctly; --format xlsx \
            writes a workbook with Chinese headers and the code columns typed as text. Without --format, \
            the format follows the --out file's extension (.csv, .xlsx, .json), else CSV.
            """)

    @Option(help: "The tier to export.") var tier: Tier
    @Option(help: "File format (default: from the --out extension, else csv).") var format: ExportFormat?
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var out: String?
    @OptionGroup var area: RegionOption
    @OptionGroup var times: TimeOptions
    @OptionGroup var registry: RegistryOptions

    /// The format given, else the one the file's extension names, else CSV.
    var resolvedFormat: ExportFormat {
        format ?? out.flatMap { ExportFormat(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased()) } ?? .csv
    }

    func validate() throws {
        if let out { try OutputPath.check(out, allowed: ExportFormat.allCases.map(\.rawValue)) }
        if !resolvedFormat.isText, out == nil { throw ValidationError("--format \(resolvedFormat.rawValue) needs --out FILE") }
        if let format, let out, let named = ExportFormat(rawValue: URL(fileURLWithPath: out).pathExtension.lowercased()),
           named != format {
            throw ValidationError("--out \(out) is named .\(named.rawValue) but --format is \(format.rawValue); "
                + "make them agree (or leave --format out)")
        }
    }

    func run() throws {
        try Failure.reporting {
            let report = try registry.open(knownAt: times.knownAt).export(tier: tier, region: area.region, asOf: times.day, knownAt: times.moment)
            guard let out else {
                FileHandle.standardOutput.write(report.exportData(resolvedFormat))
                return
            }
            try report.write(resolvedFormat, to: URL(fileURLWithPath: out))
            Console.note(ExportText.wrote.text(["count": report.rows.count, "file": out]))
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
