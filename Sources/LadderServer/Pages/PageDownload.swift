import Foundation
import HTTPTypes
import Hummingbird

/// A file a page offers (导出 Excel / CSV): its bytes, its type and the name the browser saves it
/// under — the reader's words (`即将到期-赣州市-2024-06-30.xlsx`) in `filename*` (RFC 5987, UTF-8,
/// percent-encoded), with an ASCII `filename` for the few clients that do not read it.
struct PageDownload {
    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    static let csvType = "text/csv; charset=utf-8"

    let data: Data
    let contentType: String
    let fileName: String
    let asciiName: String

    var contentDisposition: String {
        "attachment; filename=\"\(asciiName)\"; filename*=UTF-8''\(PageDownload.rfc5987(fileName))"
    }

    var response: Response {
        Response(status: .ok, headers: [.contentType: contentType, .contentDisposition: contentDisposition,
                                        .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// RFC 5987 `value-chars`: attr-char stays, every other byte of the UTF-8 is `%XX`.
    static func rfc5987(_ text: String) -> String {
        let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~".utf8)
        return text.utf8.map { kept.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
    }

    /// A name safe as a quoted ASCII `filename`: letters, digits, `-` and `.`; anything else `_`.
    static func ascii(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == ".")
                ? Character(scalar) : "_"
        })
    }
}
