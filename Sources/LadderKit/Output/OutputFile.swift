import Foundation

/// Files the tool writes for people (exports, reports, policies, samples): a path that cannot
/// be written is refused in words — a missing folder, a folder in the way — before any work.
public enum OutputFile {
    public static func requireWritable(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw RegistryError.fileProblem(path: path, detail: SystemText.outputIsFolder.text())
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            throw RegistryError.fileProblem(path: path, detail: SystemText.folderMissing.text(["folder": parent]))
        }
        guard FileManager.default.isWritableFile(atPath: parent) else {
            throw RegistryError.fileProblem(path: path, detail: SystemText.folderNotWritable.text(["folder": parent]))
        }
    }
}
