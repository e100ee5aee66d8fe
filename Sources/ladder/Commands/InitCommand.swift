import ArgumentParser
import Foundation
import LadderKit
import LadderPostgres

struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: SystemHelp.initAbstract.text())
    }

    @OptionGroup var registry: RegistryOptions

    func run() throws {
        try Failure.reporting {
            if registry.isPostgres {
                let address = try PostgresAddress(registry.path)
                let session = try PostgresSession.connect(address)
                defer { session.close() }
                switch try PostgresRegistry(session: session).initialise() {
                case .created: Console.out(PostgresText.created.text(["address": address]))
                case .upgraded(let applied):
                    Console.out(PostgresText.upgraded.text(["address": address, "applied": applied.joined(separator: ", ")]))
                case .unchanged: Console.out(PostgresText.ready.text(["address": address]))
                }
                return
            }
            let existed = FileManager.default.fileExists(atPath: registry.path)
            _ = try Registry.open(path: registry.path, options: try registry.openOptions())
            Console.out((existed ? SystemText.ready : SystemText.created).text(["path": registry.path]))
        }
    }
}
