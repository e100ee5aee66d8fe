import Foundation
import Testing

/// A postgres:// registry address on the command line, without a server: commands that do not run on
/// PostgreSQL yet say so instead of taking the address for a file, and a password is never echoed.
@Suite struct PostgresAddressCommandTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let args: [String]
        let db: String
        let stderr: String
        var testDescription: String { args.joined(separator: " ") }
    }

    static let notYet = "`ladder %@` works on SQLite registry files only: back up and restore a PostgreSQL registry on its "
        + "server with pg_dump and pg_restore (docs/postgres.md, Backups), or copy it to a SQLite file with ladder copy first"

    @Test(arguments: [
        Case(args: ["restore", "backup.sqlite"], db: "postgresql://ladder@127.0.0.1:1/registry",
             stderr: "ladder: " + notYet.replacingOccurrences(of: "%@", with: "restore") + "\n"),
        Case(args: ["backup", "--db", "postgres://ladder@127.0.0.1:1/backup", "backup.sqlite"], db: "ladder.sqlite",
             stderr: "ladder: " + notYet.replacingOccurrences(of: "%@", with: "backup") + "\n"),
        Case(args: ["restore", "backup.sqlite"], db: "postgres://ladder@127.0.0.1:1/registry",
             stderr: "ladder: " + notYet.replacingOccurrences(of: "%@", with: "restore") + "\n"),
        Case(args: ["init"], db: "postgres://ladder:s3cret-pw@127.0.0.1:1/registry",
             stderr: "ladder: the registry address postgres://ladder:***@127.0.0.1:1/registry holds a password, so it was not used; "
                + "leave the password out and set PGPASSWORD or a ~/.pgpass line instead\n"),
        Case(args: ["copy", "postgres://ladder:s3cret-pw@127.0.0.1:1/registry", "r.sqlite"], db: "unused.sqlite",
             stderr: "ladder: the registry address postgres://ladder:***@127.0.0.1:1/registry holds a password, so it was not used; "
                + "leave the password out and set PGPASSWORD or a ~/.pgpass line instead\n"),
        Case(args: ["init"], db: "postgres://ladder@127.0.0.1:1/registry?sslmode=require&application_name=ladder",
             stderr: "ladder: the registry address postgres://ladder@127.0.0.1:1/registry?sslmode=require&application_name=ladder "
                + "has a parameter ladder does not read, 'application_name'; only sslmode and sslrootcert may follow '?' "
                + "(docs/postgres.md)\n"),
        Case(args: ["stats"], db: "postgres://ladder@127.0.0.1:1/registry?sslmode=yes",
             stderr: "ladder: the registry address postgres://ladder@127.0.0.1:1/registry?sslmode=yes: sslmode is 'yes', "
                + "which is not one of disable, allow, prefer, require, verify-ca, verify-full\n"),
    ])
    func refuses(_ c: Case) throws {
        let dir = try TemporaryDirectory()
        let run = try LadderRun.run(c.args, db: c.db, directory: dir.path(""))
        #expect(run.status == 1)
        #expect(run.stderr == c.stderr)
        #expect(!run.stderr.contains("s3cret"))
        // Nothing was taken for a file: no file named after the address appeared.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("")).isEmpty)
    }

    /// `init`, the statistics, the writes, `show`, `find`, `log`, `verify`, the listings and `serve` (before it
    /// listens), which run on PostgreSQL, try to connect (`imports`, the former name of `batches`, too; `import`
    /// reads its file first: PostgresImportCommandTests).
    @Test(arguments: [["init"], ["stats"], ["lapsed", "--pending"], ["show", "91360100MA35X0001C"], ["find", "南昌"], ["log"], ["verify"],
                      ["targets"], ["report", "--out", "r.html"], ["export", "--tier", "hnte"], ["batches"],
                      ["imports"], ["candidates", "--tier", "hnte"], ["serve", "--listen", "127.0.0.1:0"]])
    func aServerThatIsNotThereIsSaidPlainly(_ args: [String]) throws {
        let dir = try TemporaryDirectory()
        let run = try LadderRun.run(args, db: "postgres://ladder@127.0.0.1:1/registry", directory: dir.path(""))
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("ladder: cannot connect to the PostgreSQL registry postgres://ladder@127.0.0.1:1/registry: "))
        #expect(run.stderr.hasSuffix("; check that the server runs, the host and port, and the password (PGPASSWORD or ~/.pgpass)\n"))
    }
}
