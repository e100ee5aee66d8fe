import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// Rosters for import tests, written out here so each test shows what it sends, and the requests
/// that upload them.
enum ImportRoster {
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    static let organisationWeights = [3, 7, 9, 10, 5, 8, 4, 2]

    /// A valid 统一社会信用代码 registered in `division` with organisation serial `serial`.
    static func code(_ serial: Int, division: String) -> String {
        let body = Array(String(format: "%08d", serial))
        let sum = zip(body, organisationWeights).map { Int(String($0))! * $1 }.reduce(0, +)
        let organisation: Character = switch 11 - sum % 11 {
        case 10: "X"
        case 11: "0"
        case let c: Character(String(c))
        }
        let first17 = Array("91" + division) + body + [organisation]
        let check = zip(first17, weights).map { alphabet.firstIndex(of: $0)! * $1 }.reduce(0, +)
        return String(first17) + String(alphabet[(31 - check % 31) % 31])
    }

    /// `count` new 高新技术企业 of 章贡区 (serials from `first`), each with its certificate.
    static func zhanggong(_ count: Int, first: Int = 1) -> String {
        var text = "统一社会信用代码,企业名称,所属地区,高新技术企业证书编号,发证日期\n"
        text.reserveCapacity(count * 90)
        for serial in first..<(first + count) {
            text += "\(code(serial, division: "360702")),章贡测试企业\(serial)有限公司,章贡区,GR202336\(String(format: "%06d", serial)),2023-11-22\n"
        }
        return text
    }

    static let origin: HTTPFields = [.origin: "http://localhost"]
}

extension TestClientProtocol {
    /// Uploads `body` as `account` (signed in by cookie, with its CSRF token), named in X-Filename.
    func upload(_ body: String, name: String = "名单.csv", query: String = "", as account: String) async throws -> TestResponse {
        try await upload(bytes: Array(body.utf8), name: name, query: query, as: account)
    }

    func upload(bytes: [UInt8], name: String?, query: String = "", as account: String,
                contentType: String = "application/octet-stream") async throws -> TestResponse {
        let (cookie, csrf) = try await session(account)
        var headers = cookie
        headers[.origin] = "http://localhost"
        headers[.xCSRFToken] = csrf
        headers[.contentType] = contentType
        if let name { headers[HTTPField.Name("X-Filename")!] = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) }
        return try await execute(uri: "/api/v1/imports" + (query.isEmpty ? "" : "?" + query), method: .post, headers: headers,
                                 body: ByteBuffer(bytes: bytes))
    }
}
