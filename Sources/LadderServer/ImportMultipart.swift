import Foundation
import LadderKit

/// The `file` field of a multipart/form-data body already spooled to disk: found by mapping the
/// file (the kernel pages it in; it is never copied whole into memory) and copied out to its own file.
enum ImportMultipart {
    /// The boundary of a `multipart/form-data` Content-Type; nil for any other type.
    static func boundary(_ contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                // RFC 2046: 1 to 70 characters; a longer one would only make the search slow.
                return value.isEmpty || value.utf8.count > 70 ? nil : value
            }
        }
        return nil
    }

    static var malformed: APIError { APIError(.badRequest, ServeText.malformedMultipart.text()) }

    /// At most this many bytes of a text field are kept (a page's form sends its CSRF token and the
    /// import's options beside the file); a longer value is not one of those and is ignored.
    static let maxFieldBytes = 1024

    /// Copies the `file` field of the body at `path` to `destination` and answers its file name,
    /// with the body's other small text fields.
    static func extractFile(from path: String, boundary: String, to destination: String) throws
        -> (name: String, fields: [String: String]) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        let delimiter = Array("--\(boundary)".utf8)
        var fields: [String: String] = [:]
        let found: (name: String, range: Range<Int>)? = try data.withUnsafeBytes { bytes in
            guard var at = find(delimiter, in: bytes, from: 0) else { throw malformed }
            var file: (name: String, range: Range<Int>)?
            while true {
                at += delimiter.count
                if at + 2 <= bytes.count, bytes[at] == 0x2D, bytes[at + 1] == 0x2D { return file }  // the closing delimiter
                guard let headersEnd = find(Array("\r\n\r\n".utf8), in: bytes, from: at) else { throw malformed }
                let headers = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<headersEnd]), as: UTF8.self)
                let start = headersEnd + 4
                guard let end = find(Array("\r\n".utf8) + delimiter, in: bytes, from: start) else { throw malformed }
                if let disposition = disposition(headers) {
                    if disposition.name == "file", file == nil {
                        file = (disposition.fileName ?? "upload", start..<end)
                    } else if disposition.fileName == nil, end - start <= maxFieldBytes, fields[disposition.name] == nil {
                        fields[disposition.name] = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    }
                }
                at = end + 2
            }
        }
        guard let found else {
            throw APIError(.badRequest, ServeText.noFileField.text())
        }
        guard FileManager.default.createFile(atPath: destination, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: destination) else {
            throw APIError(.internalServerError, ServeText.cannotWriteUploads.text())
        }
        defer { try? handle.close() }
        var offset = found.range.lowerBound
        while offset < found.range.upperBound {
            let next = min(offset + (1 << 20), found.range.upperBound)
            try handle.write(contentsOf: data[offset..<next])
            offset = next
        }
        return (found.name, fields)
    }

    /// The field name and file name of a part's Content-Disposition header.
    static func disposition(_ headers: String) -> (name: String, fileName: String?)? {
        for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            var name: String?, fileName: String?
            for parameter in line.split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2 else { continue }
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                switch pair[0].lowercased() {
                case "name": name = value
                case "filename": fileName = fileName ?? value
                case "filename*":
                    // RFC 5987: UTF-8''%E5%90%8D… wins over a plain filename.
                    if let quote = value.range(of: "''") { fileName = String(value[quote.upperBound...]).removingPercentEncoding }
                default: break
                }
            }
            if let name { return (name, fileName) }
        }
        return nil
    }

    /// The first index of `needle` in `bytes` at or after `from`.
    private static func find(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var at = from
        let last = bytes.count - needle.count
        while at <= last {
            if bytes[at] == first {
                var matched = 1
                while matched < needle.count, bytes[at + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return at }
            }
            at += 1
        }
        return nil
    }
}
