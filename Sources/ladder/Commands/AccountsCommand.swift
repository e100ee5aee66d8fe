import ArgumentParser
import Foundation
import LadderKit
import LadderServer

struct AccountsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "accounts", abstract: ServeHelp.accountsAbstract.text(),
                             subcommands: [Add.self, List.self, Disable.self, Passwd.self, Token.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: ServeHelp.addAbstract.text(), discussion: ServeHelp.addDiscussion.text())
        }
        @Argument(help: ArgumentHelp(ServeHelp.addName, kind: .account)) var name: String
        @Option(help: ArgumentHelp(ServeHelp.role, kind: .role)) var role: AccountRole
        @Option(help: ArgumentHelp(ServeHelp.region, value: .code),
                transform: AccountsCommand.region)
        var region: Region
        @Flag(name: .customLong("password-stdin"), help: ArgumentHelp(ServeHelp.passwordStdin)) var passwordStdin = false
        @OptionGroup var record: RecordOptions
        @OptionGroup var registry: RegistryOptions

        func run() throws {
            try Failure.reporting {
                let hash = Credentials.hash(password: try PasswordInput.read(fromStdin: passwordStdin))
                let account = try registry.open().addAccount(name: name, role: role, region: region, passwordHash: hash,
                                                            context: record.context())
                Console.out(AccountText.added.text(["role": account.role.said, "name": account.name, "code": account.region.code,
                                                     "region": account.region.name]))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: ServeHelp.listAbstract.text()) }
        @OptionGroup var registry: RegistryOptions

        func run() throws {
            try Failure.reporting {
                Console.out(AccountsText.render(try registry.open().accounts()))
            }
        }
    }

    struct Disable: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: ServeHelp.disableAbstract.text()) }
        @Argument(help: ArgumentHelp(ServeHelp.accountName, kind: .account)) var name: String
        @OptionGroup var record: RecordOptions
        @OptionGroup var registry: RegistryOptions

        func run() throws {
            try Failure.reporting {
                try registry.open().disableAccount(name: name, context: record.context())
                Console.out(AccountText.disabled.text(["name": name]))
            }
        }
    }

    struct Passwd: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: ServeHelp.passwdAbstract.text()) }
        @Argument(help: ArgumentHelp(ServeHelp.accountName, kind: .account)) var name: String
        @Flag(name: .customLong("password-stdin"), help: ArgumentHelp(ServeHelp.passwordStdin)) var passwordStdin = false
        @OptionGroup var record: RecordOptions
        @OptionGroup var registry: RegistryOptions

        func run() throws {
            try Failure.reporting {
                let opened = try registry.open()
                guard try opened.credentials(of: name) != nil else { throw AccountError.unknownAccount(name: name) }
                let hash = Credentials.hash(password: try PasswordInput.read(fromStdin: passwordStdin))
                try opened.setPassword(name: name, passwordHash: hash, context: record.context())
                Console.out(AccountText.passwordChanged.text(["name": name]))
            }
        }
    }

    struct Token: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: ServeHelp.tokenAbstract.text(), discussion: ServeHelp.tokenDiscussion.text())
        }
        @Argument(help: ArgumentHelp(ServeHelp.accountName, kind: .account)) var name: String
        @Option(help: ArgumentHelp(ServeHelp.tokenRevoke, value: .id)) var revoke: Int64?
        @Flag(help: ArgumentHelp(ServeHelp.tokenList)) var list = false
        @OptionGroup var record: RecordOptions
        @OptionGroup var registry: RegistryOptions

        func validate() throws {
            if list, revoke != nil { throw ValidationError(ValidationText.tokenBoth.text()) }
        }

        func run() throws {
            try Failure.reporting {
                let opened = try registry.open()
                if list {
                    Console.out(AccountsText.render(try opened.tokens(of: name)))
                } else if let revoke {
                    try opened.revokeToken(name: name, id: revoke, context: record.context())
                    Console.out(AccountText.tokenRevoked.text(["id": revoke, "name": name]))
                } else {
                    let made = Credentials.newToken()
                    let token = try opened.addToken(name: name, digest: made.digest, context: record.context())
                    Console.note(AccountText.tokenMade.text(["id": token.id, "name": name]))
                    Console.out(made.token)
                }
            }
        }
    }

    static func region(_ text: String) throws -> Region {
        do { return try Region(parsing: text) } catch { throw ArgumentError(description: error.description) }
    }
}

extension AccountRole: ExpressibleByArgument {}
