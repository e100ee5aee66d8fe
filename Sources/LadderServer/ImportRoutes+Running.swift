import Foundation
import LadderKit

extension ImportRoutes {
    /// Runs the import on a thread of its own: it blocks for as long as the file takes, and the
    /// server's few cooperative threads must keep answering reads meanwhile. A file the readers
    /// refuse (damaged, disguised, too large inside) is a 400 with the command line's message,
    /// naming the upload rather than the server's spool path.
    static func run(_ registry: Registry, options: ImportOptions, context: WriteContext, clock: @escaping @Sendable () -> Moment,
                    upload: ImportUpload, rejects: String?, problems: String?,
                    progress: (@Sendable (ImportProgress) -> Void)? = nil) async throws -> ImportReport {
        // The import's notes, rejects and refusals in the request's language: a Thread has no task-locals.
        let language = Language.current
        return try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try Language.$scoped.withValue(language) {
                    do {
                        let importer = Importer(registry: registry, options: options, context: context, clock: clock)
                        return try importer.run(path: upload.path, rejectsPath: rejects, problemsPath: problems, progress: progress)
                    } catch let error as ImportError {
                        throw APIError(.badRequest, error.description.replacingOccurrences(of: upload.path, with: upload.fileName))
                    } catch let error as ReadError {
                        throw APIError(.badRequest, error.description.replacingOccurrences(of: upload.path, with: upload.fileName))
                    } catch let error as ImportFailure {
                        throw APIError(.badRequest, error.description.replacingOccurrences(of: upload.path, with: upload.fileName))
                    }
                } })
            }
            thread.stackSize = 8 << 20  // as the row pipeline's: the XML parser recurses on nested elements
            thread.start()
        }
    }
}
