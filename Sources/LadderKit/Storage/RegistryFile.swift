import Foundation

/// The registry's files on disk: who may read them, and the names of the files kept beside it.
///
/// A registry holds names, numbers and figures of firms: new files are readable and writable by
/// owner and group only (0660). SQLite gives the `-wal` and `-shm` files the mode of the main
/// file, so creating the main file with 0660 before SQLite opens it covers all three.
enum RegistryFile {
    static let mode: mode_t = 0o660

    /// Creates an empty file with mode 0660 (whatever the umask) if none exists at `path`.
    /// Returns true when it created one.
    @discardableResult
    static func createPrivately(_ path: String) throws -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 {
            if errno == EEXIST { return false }
            throw RegistryError.fileProblem(path: path, detail: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        // open(2) applies the umask; fchmod does not.
        fchmod(fd, mode)
        return true
    }

    /// Refuses a folder, or a file that is not empty and not an SQLite database (a roster given as
    /// --db by mistake), before SQLite says only that it cannot open it.
    static func requireDatabaseOrNothing(_ path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        if isFolder.boolValue {
            throw RegistryError.notARegistry(path: path, reason: SystemText.registryIsFolder.text(
                ["example": (path as NSString).appendingPathComponent("ladder.sqlite")]))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return }  // SQLite says why
        defer { try? handle.close() }
        let head = handle.readData(ofLength: 16)
        if !head.isEmpty, head != Data("SQLite format 3\u{0}".utf8) {
            throw RegistryError.notARegistry(path: path, reason: SystemText.notSQLite.text())
        }
    }

    /// `dir/ladder.sqlite` → `dir/ladder`: the stem that kept copies are named after.
    static func stem(of path: String) -> String {
        path.hasSuffix(".sqlite") ? String(path.dropLast(".sqlite".count)) : path
    }

    /// `ladder.backup-v1-20250601-100217.sqlite` beside `ladder.sqlite` (China time); a number is
    /// added when that name is taken. Without a moment the name has no time part.
    static func besidePath(of path: String, label: String, at moment: Moment?) -> String {
        var base = stem(of: path) + "." + label
        if let moment { base += "-" + compactTime(moment) }
        var candidate = base + ".sqlite"
        var n = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = base + "-\(n).sqlite"
            n += 1
        }
        return candidate
    }

    /// `20250601-100217`, the moment in China time.
    static func compactTime(_ moment: Moment) -> String {
        let local = Array(moment.adding(microseconds: Int64(ChinaTime.offsetSeconds) * 1_000_000).iso)
        let digits = { (range: Range<Int>) in String(local[range]).filter(\.isNumber) }
        return digits(0..<10) + "-" + digits(11..<19)
    }

    /// `10:02:17`, the moment's clock time in China.
    static func clockTime(_ moment: Moment) -> String {
        let local = moment.adding(microseconds: Int64(ChinaTime.offsetSeconds) * 1_000_000).iso
        return String(local.dropFirst(11).prefix(8))
    }

    /// Whether two paths name the same file (symbolic links and `..` resolved).
    static func samePath(_ a: String, _ b: String) -> Bool {
        let resolve = { (p: String) in URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        return resolve(a) == resolve(b)
    }

    /// Renames `from` to `to` (atomically replacing `to`, on the same file system).
    static func move(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else {
            throw RegistryError.fileProblem(path: to, detail: String(cString: strerror(errno)))
        }
    }

    /// Removes `path` and the `-wal`, `-shm` and `-journal` files SQLite may have left beside it.
    static func removeWithCompanions(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}
