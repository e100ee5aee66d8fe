import ArgumentParser
import Foundation
import LadderKit

struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: SystemHelp.initAbstract.text())
    }

    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            let existed = FileManager.default.fileExists(atPath: registry.path)
            _ = try Registry.open(path: registry.path, options: try registry.openOptions())
            Console.out((existed ? SystemText.ready : SystemText.created).text(["path": registry.path]))
        }
    }
}
