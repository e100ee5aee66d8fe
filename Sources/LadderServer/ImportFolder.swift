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

    /// `settings.importFolder`, else `REGISTRY.imports` beside the registry, made private to the server's user.
    init(settings: ServerSettings, registry: Registry) throws {
        let path = settings.importFolder ?? registry.path.map { $0 + ".imports" }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("ladder-imports").path
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
    /// (`pending-…`). Only at start, when no upload is in progress; kept batches' files stay.
    /// Answers the names removed.
    @discardableResult
    func removeLeftovers() -> [String] {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasPrefix("upload-") || $0.hasPrefix("pending-") }.sorted().filter { name in
            (try? manager.removeItem(at: url.appendingPathComponent(name))) != nil
        }
    }

    /// Fresh paths for an upload's rejects and problems files, until its batch is known.
    func pending() -> (rejects: String, problems: String) {
        let base = url.appendingPathComponent("pending-\(UUID().uuidString)").path
        return (base + ".rejects.csv", base + ".problems.csv")
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
