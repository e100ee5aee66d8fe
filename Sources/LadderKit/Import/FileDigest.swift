import Dispatch

/// Computes a file's SHA-256 on another core while the import reads the rows.
final class FileDigest: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: Result<String, Error>?

    init(path: String) {
        group.enter()
        let language = Language.current  // its error is read by whoever asked, in their language
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Language.$scoped.withValue(language) { Result { try SHA256.hexDigest(ofFile: path) } }
            group.leave()
        }
    }

    func wait() throws -> String {
        group.wait()
        return try result!.get()
    }
}
