import ArgumentParser
import Foundation
import LadderKit
import LadderServer

struct AccountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts", abstract: "Manage the accounts of `ladder serve`: add, list, disable, passwords, API tokens.",
        subcommands: [Add.self, List.self, Disable.self, Passwd.self, Token.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account with a role and the region it sees.",
            discussion: "The password is asked twice (not shown), or read from the first line of stdin with --password-stdin.")
        @Argument(help: "Account name: letters, digits, '.', '_' or '-', e.g. ganzhou.li.") var name: String
        @Option(help: "viewer (reads), editor (also records), or admin (also manages accounts).") var role: AccountRole
        @Option(help: ArgumentHelp("The region it sees: 360000 (province), a city, a county, or ganjiang.", valueName: "code"),
                transform: AccountsCommand.region)
        var region: Region
        @Flag(name: .customLong("password-stdin"), help: "Read the password from stdin instead of asking.") var passwordStdin = false
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
        static let configuration = CommandConfiguration(abstract: "List the accounts: name, role, region, since, disabled.")
        @OptionGroup var registry: RegistryOptions

        func run() throws {
            try Failure.reporting {
                Console.out(AccountsText.render(try registry.open().accounts()))
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account for good: its sessions and tokens stop at once.")
        @Argument(help: "Account name.") var name: String
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
        static let configuration = CommandConfiguration(abstract: "Set a new password; the account's sessions are signed out.")
        @Argument(help: "Account name.") var name: String
        @Flag(name: .customLong("password-stdin"), help: "Read the password from stdin instead of asking.") var passwordStdin = false
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
        static let configuration = CommandConfiguration(
            abstract: "Make an API token for scripts (shown once), list them, or revoke one.",
            discussion: "Scripts send it as `Authorization: Bearer TOKEN`. Only its SHA-256 digest is kept.")
        @Argument(help: "Account name.") var name: String
        @Option(help: ArgumentHelp("Revoke the token with this id instead of making one.", valueName: "id")) var revoke: Int64?
        @Flag(help: "List the account's tokens instead of making one.") var list = false
        @OptionGroup var record: RecordOptions
        @OptionGroup var registry: RegistryOptions

        func validate() throws {
            if list, revoke != nil { throw ValidationError(AccountText.listAndRevoke.text()) }
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
