import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LadderKit
@testable import LadderServer
import Logging
import Testing

/// `--max-concurrent-uploads`: with every slot taken one more upload is 503 with Retry-After and a
/// message saying why and when; a slot comes back when its upload is over, refused or not; at
/// start the import folder loses what a stopped server spooled, and keeps the batches' files.
@Suite struct ImportUploadLimitTests {
    static func app(_ fixture: ServerFixture, settings: ServerSettings) -> some ApplicationProtocol {
        var logger = Logger(label: "ladder.test")
        logger.logLevel = .critical
        return Application(router: LadderServer.router(registry: fixture.registry, settings: settings, logger: logger),
                           logger: logger)
    }

    @Test func anUploadBeyondTheLimitIs503SayingWhenToTryAgain() async throws {
        let fixture = try ServerFixture()
        let settings = ServerSettings(bcryptCost: 4, maxConcurrentUploads: 2, clock: { [clock = fixture.clock] in clock.now })
        let held = [settings.uploads.take(), settings.uploads.take()]
        #expect(held.allSatisfy { $0 != nil })
        #expect(settings.uploads.take() == nil)
        try await ImportUploadLimitTests.app(fixture, settings: settings).test(.router) { client in
            let refused = try await client.upload(ImportRoutesTests.mixed, query: "dry_run=true", as: "ganzhou-editor")
            #expect(refused.status == .serviceUnavailable)
            #expect(refused.headers[.retryAfter] == "30")
            #expect(refused.json["error"] as? String == "the server is already taking 2 uploads, the most it takes at once; "
                + "send the file again in 30 seconds (nothing was recorded)")
            held[0]?.release()
            let taken = try await client.upload(ImportRoutesTests.mixed, query: "dry_run=true", as: "ganzhou-editor")
            #expect(taken.status == .ok, "\(taken.text)")
            // The slot that upload took came back: one is free again, and only one.
            let again = settings.uploads.take()
            #expect(again != nil)
            #expect(settings.uploads.take() == nil)
            again?.release()
            held[1]?.release()
        }
    }

    /// Refused uploads (too large, no name) give their slot back: with one slot, three in a row are read.
    @Test func aRefusedUploadGivesItsSlotBack() async throws {
        let fixture = try ServerFixture()
        let settings = ServerSettings(bcryptCost: 4, maxUploadBytes: 1024, maxConcurrentUploads: 1,
                                      clock: { [clock = fixture.clock] in clock.now })
        try await ImportUploadLimitTests.app(fixture, settings: settings).test(.router) { client in
            let large = try await client.upload(bytes: [UInt8](repeating: 0, count: 1025), name: "a.csv", as: "ganzhou-editor")
            #expect(large.status == .contentTooLarge)
            let unnamed = try await client.upload(bytes: Array("a,b\n".utf8), name: nil, as: "ganzhou-editor")
            #expect(unnamed.status == .badRequest)
            let read = try await client.upload(ImportRoutesTests.mixed, query: "dry_run=true", as: "ganzhou-editor")
            #expect(read.status == .ok)
        }
    }

    @Test func leftoversOfAStoppedServerAreRemovedAndBatchesKept() throws {
        let fixture = try ServerFixture()
        let folder = try ImportFolder(settings: fixture.settings, registry: fixture.registry)
        let names = ["batch-3.problems.csv", "batch-3.region", "pending-9A.problems.csv", "pending-9A.rejects.csv",
                     "upload-7B", "upload-7B.file"]
        for name in names {
            #expect(FileManager.default.createFile(atPath: folder.url.appendingPathComponent(name).path, contents: Data()))
        }
        #expect(folder.removeLeftovers() == ["pending-9A.problems.csv", "pending-9A.rejects.csv", "upload-7B", "upload-7B.file"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["batch-3.problems.csv", "batch-3.region"])
    }

    /// Two servers on one machine share a database's import folder: a starting server leaves the
    /// uploads of another that is running, and removes those of one that is gone or of itself.
    @Test func aRunningServersUploadsAreLeftAlone() throws {
        let fixture = try ServerFixture()
        let folder = try ImportFolder(settings: fixture.settings, registry: fixture.registry)
        let running = getppid(), gone: pid_t = 999_999_999
        let names = ["upload-\(running)-A1", "pending-\(running)-A1.rejects.csv", "upload-\(gone)-B2",
                     "pending-\(gone)-B2.problems.csv", "upload-\(getpid())-C3"]
        for name in names {
            #expect(FileManager.default.createFile(atPath: folder.url.appendingPathComponent(name).path, contents: Data()))
        }
        #expect(folder.removeLeftovers() == ["pending-999999999-B2.problems.csv", "upload-999999999-B2", "upload-\(getpid())-C3"].sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
                == ["pending-\(running)-A1.rejects.csv", "upload-\(running)-A1"])
    }

    @Test(arguments: [
        ("postgres://ladder_app@db.example.gov.cn:5432/ladder", "postgres___ladder_app_db_example_gov_cn_5432_ladder"),
        ("postgresql://u@127.0.0.1:41301/省库", "postgresql___u_127_0_0_1_41301___"),
    ])
    func aDatabasesFolderIsNamedAfterItsAddress(_ address: String, _ folder: String) {
        #expect(ImportFolder.name(of: address) == folder)
    }
}
