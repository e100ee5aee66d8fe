import ArgumentParser
import Foundation
import LadderKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a registry file (or bring an existing one to the current schema).")

    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let existed = FileManager.default.fileExists(atPath: registry.path)
            _ = try Registry.open(path: registry.path, options: try registry.openOptions())
            Console.out((existed ? SystemText.ready : SystemText.created).text(["path": registry.path]))
        }
    }
}
