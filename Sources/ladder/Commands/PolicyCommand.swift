import ArgumentParser
import Foundation
import LadderKit

struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy", abstract: "Show, export and import the versioned policy (thresholds, bands, validity knobs).",
        subcommands: [Show.self, Export.self, Import.self, History.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the policy in force (JSON with --format json).")
        @Option(name: .customLong("known-at"), help: "The policy in force then.", transform: Parse.moment) var knownAt: Moment?
        @Option(help: "Output format (table or json).") var format: PolicyFormat = .table
        @OptionGroup var registry: RegistryOptions

        func run() throws {
            try Failure.reporting {
                let policy = try registry.open().policy(knownAt: knownAt)
                Console.out(format == .table ? PolicyText.summary(policy) : PolicyDocument.encode(policy))
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the policy in force to a JSON file to edit.")
        @Argument(help: "The file to write.") var file: String
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
        static let configuration = CommandConfiguration(
            abstract: "Validate a policy JSON file and put it in force from now on (earlier answers keep theirs).")
        @Argument(help: "The policy JSON file, or - for standard input.") var file: String
        @OptionGroup var registry: RegistryOptions
        @OptionGroup var record: RecordOptions

        func run() throws {
            try Failure.reporting {
                let read = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
                guard let data = read else {
                    throw ImportError.unreadable(path: file, reason: FileManager.default.fileExists(atPath: file)
                        ? UsageErrorText.unreadablePolicy.text() : UsageErrorText.noSuchFile.text())
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
        static let configuration = CommandConfiguration(abstract: "List the policies recorded, oldest first.")
        @OptionGroup var registry: RegistryOptions

        func run() throws {
            try Failure.reporting {
                let history = try registry.open().policyHistory()
                var table = TextTable(headers: ["policy", "in force from (UTC)", "by"])
                table.append(["\(Policy.builtIn.label) (built in)", "—", "—"])
                for entry in history { table.append([entry.policy, entry.recordedAt.iso, entry.operatorName]) }
                Console.out(table.render())
            }
        }
    }
}

/// `policy show` prints a summary table or the policy document itself, which is JSON.
enum PolicyFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json
}
