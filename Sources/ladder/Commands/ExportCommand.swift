import ArgumentParser
import Foundation
import LadderKit

struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: ExportHelp.exportAbstract.text(),
                             discussion: ExportHelp.exportDiscussion.text())
    }

    @Option(help: ArgumentHelp(ExportHelp.exportTier, kind: .tier)) var tier: Tier
    @Option(help: ArgumentHelp(ExportHelp.exportFormat, kind: .format)) var format: ExportFormat?
    @Option(help: ArgumentHelp(ExportHelp.exportOut, value: .file)) var out: String?
    @OptionGroup var area: RegionOption
    @OptionGroup var times: TimeOptions
    @OptionGroup var registry: RegistryOptions

    /// The format given, else the one the file's extension names, else CSV.
    var resolvedFormat: ExportFormat {
        format ?? out.flatMap { ExportFormat(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased()) } ?? .csv
    }

    func validate() throws {
        if let out { try OutputPath.check(out, allowed: ExportFormat.allCases.map(\.rawValue)) }
        if !resolvedFormat.isText, out == nil { throw ValidationError(ValidationText.exportNeedsOut.text(["format": resolvedFormat.rawValue])) }
        if let format, let out, let named = ExportFormat(rawValue: URL(fileURLWithPath: out).pathExtension.lowercased()),
           named != format {
            throw ValidationError(ValidationText.exportDisagrees.text(["out": out, "named": named.rawValue, "format": format.rawValue]))
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
