import Foundation
import Testing

/// `ladder accounts` end to end: passwords only from stdin or a terminal, tokens shown once, and
/// refusals that say what to do.
@Suite struct AccountsCommandTests {
    /// Runs `ladder args…` with `input` on stdin.
    static func run(_ args: [String], db: String, input: String = "") throws -> LadderRun {
        try LadderRun.run(args, db: db, stdin: Data(input.utf8))
    }

    @Test func addListTokenRevokeDisable() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let add = try AccountsCommandTests.run(["accounts", "add", "ganzhou.li", "--role", "editor", "--region", "赣州",
                                                "--password-stdin"], db: db, input: "correct-horse-1\n")
        #expect(add.status == 0)
        #expect(add.stdout == "added editor 'ganzhou.li' for 360700 赣州市\n")
        let list = try LadderRun.run(["accounts", "list"], db: db)
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("name        role    region  region name  since"))
        #expect(lines[1].hasPrefix("ganzhou.li  editor  360700  赣州市       "))
        #expect(lines[1].hasSuffix("  active"))

        let token = try LadderRun.run(["accounts", "token", "ganzhou.li"], db: db)
        #expect(token.status == 0)
        #expect(token.stdout.hasPrefix("ladder_") && token.stdout.count == 72)
        #expect(token.stderr == "token 1 of 'ganzhou.li'; it is shown only this once, so store it now:\n")
        let revoke = try LadderRun.run(["accounts", "token", "ganzhou.li", "--revoke", "1"], db: db)
        #expect(revoke.stdout == "revoked token 1 of 'ganzhou.li'; requests bearing it are refused from now on\n")
        let again = try LadderRun.run(["accounts", "token", "ganzhou.li", "--revoke", "1"], db: db)
        #expect(again.status == 1)
        #expect(again.stderr == "ladder: token 1 of account 'ganzhou.li' is already revoked; nothing to do\n")

        let disable = try LadderRun.run(["accounts", "disable", "ganzhou.li"], db: db)
        #expect(disable.stdout == "disabled 'ganzhou.li'; its sessions are signed out and its tokens refused\n")
        #expect(try LadderRun.run(["accounts", "list"], db: db).stdout.contains("  disabled "))
    }

    @Test func badPasswordsAndRegionsAreRefusedWithTheFix() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("r.sqlite")
        #expect(try LadderRun.run(["init"], db: db).status == 0)
        let short = try AccountsCommandTests.run(["accounts", "add", "a", "--role", "viewer", "--region", "360000",
                                                  "--password-stdin"], db: db, input: "short\n")
        #expect(short.status == 64)
        #expect(short.stderr == "ladder: the password is too short: use at least 8 characters; nothing was changed\n")
        let noTerminal = try AccountsCommandTests.run(["accounts", "add", "a", "--role", "viewer", "--region", "360000"], db: db)
        #expect(noTerminal.stderr == "ladder: no terminal to ask the password on; pipe it in with --password-stdin\n")
        let region = try AccountsCommandTests.run(["accounts", "add", "a", "--role", "viewer", "--region", "火星",
                                                   "--password-stdin"], db: db, input: "correct-horse-1\n")
        #expect(region.status == 64)
        #expect(region.stderr.contains("'火星' is not a Jiangxi region this tool knows"))
        #expect(try LadderRun.run(["accounts", "list"], db: db).stdout
            == "no accounts yet; add one with `ladder accounts add NAME --role admin --region 360000`\n")
    }
}
