import Foundation
import HTTPTypes
import Hummingbird
import LadderKit

/// An uploaded file spooled to disk as it arrives, never whole in memory: the body itself with its
/// name in `X-Filename` (percent-encoded UTF-8), or the `file` field of a multipart/form-data body.
struct ImportUpload {
    /// Where the file lies until the import is over.
    let path: String
    /// The name the batch records, as the client gave it (its last path part).
    let fileName: String
    /// A multipart body's small text fields beside the file (a page's `csrf_token`, `as`, `year`…).
    var fields: [String: String] = [:]

    static let fileNameHeader = HTTPField.Name("X-Filename")!

    /// Reads the body into `folder`; 413 beyond `limit` bytes, 400 when the file or its name is missing.
    static func receive(_ request: Request, into folder: URL, limit: Int64) async throws -> ImportUpload {
        if let length = request.headers[.contentLength].flatMap({ Int64($0) }), length > limit {
            throw tooLarge(limit)
        }
        let spooled = ImportFolder.fresh("upload", in: folder).path
        do {
            try await spool(request.body, to: spooled, limit: limit)
            if let boundary = ImportMultipart.boundary(request.headers[.contentType]) {
                defer { try? FileManager.default.removeItem(atPath: spooled) }
                let part = spooled + ".file"
                let (name, fields) = try ImportMultipart.extractFile(from: spooled, boundary: boundary, to: part)
                return ImportUpload(path: part, fileName: sanitized(name), fields: fields)
            }
            guard let header = request.headers[fileNameHeader] else {
                throw APIError(.badRequest, ServeText.noFileName.text())
            }
            guard let name = header.removingPercentEncoding else {
                throw APIError(.badRequest, ServeText.badFileName.text(["header": header]))
            }
            return ImportUpload(path: spooled, fileName: sanitized(name))
        } catch {
            try? FileManager.default.removeItem(atPath: spooled)
            throw error
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// A slot for one more upload, else 503 saying how many are in progress and when to try again.
    static func slot(_ settings: ServerSettings) throws -> UploadSlots.Slot {
        guard let slot = settings.uploads.take() else {
            var busy = APIError(.serviceUnavailable, ServeText.uploadsBusy.text(["limit": settings.uploads.limit,
                                                                                  "seconds": retrySeconds]))
            busy.headers[.retryAfter] = String(retrySeconds)
            throw busy
        }
        return slot
    }

    /// When a refused upload may try again: an import of a large roster takes tens of seconds.
    static let retrySeconds = 30

    static func tooLarge(_ limit: Int64) -> APIError {
        APIError(.contentTooLarge, ServeText.tooLarge.text(["limit": megabytes(limit)]))
    }

    /// 209715200 → "200 MB", 1024 → "1 KB": the limit as it was most likely given.
    static func megabytes(_ bytes: Int64) -> String {
        if bytes % (1 << 30) == 0 { return "\(bytes >> 30) GB" }
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }

    /// Writes the body to `path` chunk by chunk, stopping at `limit` bytes.
    private static func spool(_ body: RequestBody, to path: String, limit: Int64) async throws {
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw APIError(.internalServerError, ServeText.cannotWriteUploads.text())
        }
        defer { try? handle.close() }
        var written: Int64 = 0
        for try await chunk in body {
            written += Int64(chunk.readableBytes)
            if written > limit { throw tooLarge(limit) }
            try chunk.withUnsafeReadableBytes { try handle.write(contentsOf: $0) }
        }
    }

    /// The last part of a path, without control characters, at most 200 characters; "upload" when nothing is left.
    static func sanitized(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        return clean.isEmpty || clean == "." || clean == ".." ? "upload" : String(clean.prefix(200))
    }
}
