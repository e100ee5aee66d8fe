import Foundation
import LadderKit

/// The server's import folder: uploads while they are imported, and each applied batch's rejects
/// and problems files (`batch-N.rejects.csv`, `batch-N.problems.csv`) with the region of the
/// account that imported it (`batch-N.region`), which decides who may download them.
struct ImportFolder {
    enum Download: String {
        case rejects, problems
    }

    let url: URL

    /// `settings.importFolder`, else `REGISTRY.imports` beside the registry file, else (a database
    /// server's registry) a folder named after its address in the temporary folder, shared by every
    /// server on this machine in front of that database; made private to the server's user.
    init(settings: ServerSettings, registry: Registry) throws {
        let path = settings.importFolder ?? registry.path.map { $0 + ".imports" }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("ladder-imports")
                .appendingPathComponent(ImportFolder.name(of: registry.address)).path
        url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw APIError(.internalServerError, ServeText.cannotMakeImportFolder.text())
        }
    }

    /// Removes what a server stopped mid-upload left behind (killed, or the machine lost power):
    /// spooled uploads (`upload-…`) and rejects and problems files whose batch was never known
    /// (`pending-…`). Only at start; a file named with the process id of another server still
    /// running (two servers on one machine share a database's folder) is its upload in progress and
    /// stays, as do kept batches' files. Answers the names removed.
    @discardableResult
    func removeLeftovers() -> [String] {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasPrefix("upload-") || $0.hasPrefix("pending-") }.sorted().filter { name in
            !ImportFolder.ownerIsRunning(name) && (try? manager.removeItem(at: url.appendingPathComponent(name))) != nil
        }
    }

    /// A fresh name in `folder` for an upload's files, with this server's process id: `upload-PID-UUID`.
    static func fresh(_ prefix: String, in folder: URL) -> URL {
        folder.appendingPathComponent("\(prefix)-\(getpid())-\(UUID().uuidString)")
    }

    /// Fresh paths for an upload's rejects and problems files, until its batch is known.
    func pending() -> (rejects: String, problems: String) {
        let base = ImportFolder.fresh("pending", in: url).path
        return (base + ".rejects.csv", base + ".problems.csv")
    }

    /// Whether `name` (`upload-PID-…` or `pending-PID-…`) belongs to another process that is running.
    static func ownerIsRunning(_ name: String) -> Bool {
        let parts = name.split(separator: "-", maxSplits: 2)
        guard parts.count == 3, let pid = pid_t(parts[1]), pid > 0, pid != getpid() else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// A folder name for a registry's address: its letters and digits, the rest as `_`.
    static func name(of address: String) -> String {
        String(address.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "_" })
    }

    func path(_ download: Download, batch: Int64) -> String {
        url.appendingPathComponent("batch-\(batch).\(download.rawValue).csv").path
    }

    /// Files the pending files under their batch with the importer's region; without a batch (a file
    /// that recorded nothing) they are removed.
    func keep(batch: Int64?, rejects: String?, problems: String?, region: Region) throws {
        let manager = FileManager.default
        guard let batch else {
            for path in [rejects, problems].compactMap({ $0 }) { try? manager.removeItem(atPath: path) }
            return
        }
        try Data(region.stored.utf8).write(to: url.appendingPathComponent("batch-\(batch).region"))
        for (path, download) in [(rejects, Download.rejects), (problems, .problems)] {
            guard let path else { continue }
            let target = self.path(download, batch: batch)
            try? manager.removeItem(atPath: target)
            try manager.moveItem(atPath: path, toPath: target)
        }
    }

    /// The region of the account that imported `batch` through the server; nil for a batch the
    /// server did not import (the command line's files stay where it wrote them).
    func region(of batch: Int64) -> Region? {
        guard let data = FileManager.default.contents(atPath: url.appendingPathComponent("batch-\(batch).region").path) else {
            return nil
        }
        return Region(stored: String(decoding: data, as: UTF8.self))
    }
}
