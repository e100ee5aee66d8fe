import Foundation
import Hummingbird
import LadderKit

/// A refusal the API answers as JSON `{"error": "…"}` with its status: never a stack trace or SQL.
struct APIError: HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String
    /// Headers the answer carries besides the JSON's (e.g. Retry-After).
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = APIError.json(status: status, body: ["error": message])
        response.headers.append(contentsOf: headers)
        return response
    }

    /// Said in the reader's language, so made when thrown.
    static var unauthenticated: APIError { APIError(.unauthorized, ServeText.unauthenticated.text()) }

    /// A JSON response from an encodable value, encoded as the CLI encodes its `--format json`.
    static func json(status: HTTPResponse.Status = .ok, body: some Encodable) -> Response {
        let data = (try? JSONEncoder.api.encode(body)) ?? Data("{\"error\":\"internal error\"}".utf8)
        return json(status: status, text: String(decoding: data, as: UTF8.self))
    }

    static func json(status: HTTPResponse.Status = .ok, text: String) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text.hasSuffix("\n") ? text : text + "\n")))
    }
}

extension JSONEncoder {
    /// The API's own small documents (errors, session, me): sorted keys, so answers are stable.
    static var api: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
