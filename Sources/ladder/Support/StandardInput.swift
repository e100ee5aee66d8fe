import Foundation

/// `ladder import -`: standard input is copied, as it streams in, to a private temporary file, so
/// the importer reads it as any file (a workbook needs to seek) and the batch records the size and
/// SHA-256 of the bytes actually read.
struct StandardInput {
    let folder: URL
    var path: String { folder.appendingPathComponent("stdin").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-stdin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let out = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? out.close() }
        while let chunk = try FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
            try out.write(contentsOf: chunk)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
