import Foundation
import Testing
@testable import LadderKit

/// New registry files, and every copy ladder writes beside them, are readable and writable by
/// owner and group only, whatever the umask.
@Suite struct PermissionTests {
    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? 0) & 0o777
    }

    @Test func registryFilesAreOwnerAndGroupOnly() throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        let registry = try Registry.open(path: path, options: OpenOptions(clock: ReliabilityFixture.clock))
        _ = try registry.add(Codes.a, name: "甲公司", context: context("2025-06-01T02:02:18Z"))
        #expect(try [path, path + "-wal", path + "-shm"].map(PermissionTests.mode) == [0o660, 0o660, 0o660])
        try WriteLockTests.holdingLock(registry) {
            let sidecar = try PermissionTests.mode(path + ".lock-holder")
            #expect(sidecar == 0o660)
        }
        try registry.backup(to: folder.path("copy.sqlite"), force: false)
        #expect(try PermissionTests.mode(folder.path("copy.sqlite")) == 0o660)
        let outcome = try Registry.restore(from: folder.path("copy.sqlite"), into: path,
                                           options: OpenOptions(clock: ReliabilityFixture.clock))
        #expect(try PermissionTests.mode(try #require(outcome.kept)) == 0o660)
    }

    @Test func existingFilesKeepTheirMode() throws {
        let folder = try RegistryFolder()
        let path = folder.path("r.sqlite")
        _ = try Registry.open(path: path)
        chmod(path, 0o600)
        _ = try Registry.open(path: path)
        #expect(try PermissionTests.mode(path) == 0o600)
    }
}
