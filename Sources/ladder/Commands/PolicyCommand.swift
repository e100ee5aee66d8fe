import ArgumentParser
import Foundation
import LadderKit

struct PolicyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "policy", abstract: RulesHelp.policyAbstract.text(),
                             subcommands: [Show.self, Export.self, Import.self, History.self])
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: RulesHelp.policyShowAbstract.text()) }
        @Option(name: .customLong("known-at"), help: ArgumentHelp(RulesHelp.policyShowKnownAt, kind: .time), transform: Parse.moment) var knownAt: Moment?
        @Option(help: ArgumentHelp(RulesHelp.policyShowFormat, kind: .format)) var format: PolicyFormat = .table
        @OptionGroup var registry: RegistryOptions

        func run() throws {
            try Failure.reporting {
                let policy = try registry.open().policy(knownAt: knownAt)
                Console.out(format == .table ? PolicyText.summary(policy) : PolicyDocument.encode(policy))
            }
        }
    }

    struct Export: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: RulesHelp.policyExportAbstract.text()) }
        @Argument(help: ArgumentHelp(RulesHelp.policyExportFile, kind: .file)) var file: String
        @OptionGroup var registry: RegistryOptions

        func run() throws {
            try Failure.reporting {
                let policy = try registry.open().policy()
                try OutputFile.requireWritable(file)
                try (PolicyDocument.encode(policy) + "\n").write(toFile: file, atomically: true, encoding: .utf8)
                Console.out(WriteText.policyWritten.text(["label": policy.label, "file": file]))
            }
        }
    }

    struct Import: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: RulesHelp.policyImportAbstract.text()) }
        @Argument(help: ArgumentHelp(RulesHelp.policyImportFile, kind: .file)) var file: String
        @OptionGroup var registry: RegistryOptions
        @OptionGroup var record: RecordOptions

        func run() throws {
            try Failure.reporting {
                let read = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
                guard let data = read else {
                    throw ImportError.unreadable(path: file, reason: FileManager.default.fileExists(atPath: file)
                        ? UsageErrorText.unreadablePolicy.text() : SystemText.noSuchFile.text())
                }
                let json = String(decoding: data, as: UTF8.self)
                for note in PolicyDocument.notes(json: json) { Console.note(WriteText.note.text(["text": note])) }
                switch try registry.open().importPolicy(json: json, context: record.context()) {
                case let .recorded(policy): Console.out(WriteText.policyInForce.text(["label": policy.label]))
                case let .unchanged(policy): Console.out(WriteText.policyUnchanged.text(["label": policy.label]))
                }
            }
        }
    }

    struct History: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: RulesHelp.policyHistoryAbstract.text()) }
        @OptionGroup var registry: RegistryOptions

        func run() throws {
            try Failure.reporting {
                let history = try registry.open().policyHistory()
                var table = TextTable(headers: [PolicyShowText.columnPolicy, .columnInForceFrom, .columnBy].map { $0.text() })
                table.append([PolicyShowText.builtIn.text(["policy": Policy.builtIn.label]), "—", "—"])
                for entry in history { table.append([entry.policy, BeijingTime.stamp(entry.recordedAt), entry.operatorName]) }
                Console.out(table.render())
            }
        }
    }
}

/// `policy show` prints a summary table or the policy document itself, which is JSON.
enum PolicyFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json
}
